/**
 * The command line: {@code check} validates fair and trade-statistics JSON files, and
 * {@code summary} prints a readable report in English, Chinese or Russian. See
 * {@link io.github.tradecoop.cli.Main}.
 */
package io.github.tradecoop.cli;
