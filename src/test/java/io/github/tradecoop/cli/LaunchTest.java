package io.github.tradecoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line is not exported from the module but still runs as docs/cli.md says: by
 * {@code java -m} on the module path and {@code java -cp} on the class path, in a fresh JVM.
 */
class LaunchTest {

    /** The library's compiled classes and its runtime dependencies, from the test JVM's own paths. */
    private static String libraryPath() {
        String paths = System.getProperty("jdk.module.path", "") + File.pathSeparator
                + System.getProperty("java.class.path", "");
        return Arrays.stream(paths.split(File.pathSeparator))
                .filter(p -> !p.isBlank())
                .filter(p -> p.endsWith(File.separator + "classes") || p.endsWith("classes" + File.separator)
                        || p.matches(".*(jackson|hibernate-validator|jakarta\\.validation|jboss-logging|classmate"
                                + "|jspecify)[^" + File.separator + "]*\\.jar"))
                .filter(p -> !p.contains("test-classes"))
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String run(List<String> launch, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.addAll(List.of("extract", file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command line did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void runsOnTheModulePathThoughNotExported(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("release.txt"), "The fair signed 55 projects worth RMB 13.6 billion.\n");
        String output = run(List.of("--module-path", libraryPath(), "-m",
                "io.github.tradecoop/io.github.tradecoop.cli.Main"), text);
        assertTrue(output.contains(":1:17: COUNT \"55 projects\" [55, 55] projects"), output);
        assertTrue(output.contains("AMOUNT \"RMB 13.6 billion\" [13550000000, 13650000000] CNY"), output);
    }

    @Test
    void runsOnTheClassPath(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("release.txt"), "签约项目55个，总金额136亿元。\n");
        String output = run(List.of("-cp", libraryPath(), "io.github.tradecoop.cli.Main"), text);
        assertTrue(output.contains("AMOUNT \"136亿元\" [13550000000, 13650000000] CNY"), output);
    }
}
