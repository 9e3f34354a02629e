/**
 * The command line: {@code check} validates fair and trade-statistics JSON files,
 * {@code summary} prints a readable report in English, Chinese or Russian, and {@code extract}
 * finds the figures in report text. See {@link io.github.tradecoop.cli.Main}. Not exported
 * from the module: it is a program, not API; {@code java -m io.github.tradecoop/io.github.tradecoop.cli.Main}
 * runs it on the module path.
 */
@NullMarked
package io.github.tradecoop.cli;

import org.jspecify.annotations.NullMarked;
