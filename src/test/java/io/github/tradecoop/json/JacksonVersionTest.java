package io.github.tradecoop.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Jackson the library accepts, and what it says when a Jackson module is present but not resolved. */
class JacksonVersionTest {

    @Test
    void versionsBelowTheMinimumAreOlder() {
        assertTrue(JacksonLines.isOlder("2.16.1", "2.17"));
        assertTrue(JacksonLines.isOlder("2.9.10", "2.17"));
        assertTrue(JacksonLines.isOlder("1.9.13", "2.17"));
        assertTrue(JacksonLines.isOlder("3.0.1", "3.1"));
        assertTrue(JacksonLines.isOlder("3.0.0-rc9", "3.1"));
    }

    @Test
    void theMinimumAndNewerAreNotOlder() {
        assertFalse(JacksonLines.isOlder("2.17.0", "2.17"));
        assertFalse(JacksonLines.isOlder("2.17.3", "2.17"));
        assertFalse(JacksonLines.isOlder("2.23.0-SNAPSHOT", "2.17"));
        assertFalse(JacksonLines.isOlder("3.1.0", "3.1"));
        assertFalse(JacksonLines.isOlder("3.3.0", "2.17"));
    }

    @Test
    void anUnreadableVersionIsLetThrough() {
        assertFalse(JacksonLines.isOlder("unknown", "2.17"));
        assertFalse(JacksonLines.isOlder("", "2.17"));
    }

    @Test
    void theMinimumsAreTheOnesTheDocsPromise() throws java.io.IOException {
        String gettingStarted = java.nio.file.Files.readString(java.nio.file.Path.of("docs/getting-started.md"));
        assertTrue(gettingStarted.contains(JacksonLines.JACKSON3_MINIMUM + " or newer"), "getting-started.md names Jackson 3's minimum");
        assertTrue(gettingStarted.contains(JacksonLines.JACKSON2_MINIMUM + " or newer"), "getting-started.md names Jackson 2's minimum");
        assertFalse(JacksonLines.isOlder(JacksonLines.JACKSON2_MINIMUM + ".0", JacksonLines.JACKSON2_MINIMUM));
    }

    @Test
    void aModuleOnTheModulePathButNotResolvedIsNamedWithItsRequiresLine(@TempDir Path dir) throws IOException {
        Path jar = automaticModule(dir, "example-jackson-1.0.jar");   // automatic module "example.jackson"
        String message = JacksonLines.unresolvedModule("example.jackson", Object.class.getModule(), jar.toString());
        assertEquals("example.jackson is on the module path but not resolved: add \"requires example.jackson;\" to your"
                + " module-info.java (or run with --add-modules example.jackson)", message);
    }

    @Test
    void noModuleMessageWhenTheModuleIsResolvedAbsentOrTheLibraryIsOnTheClassPath(@TempDir Path dir) throws IOException {
        Path jar = automaticModule(dir, "example-jackson-1.0.jar");
        Module named = Object.class.getModule();
        assertNull(JacksonLines.unresolvedModule("java.base", named, jar.toString()));             // resolved
        assertNull(JacksonLines.unresolvedModule("example.other", named, jar.toString()));         // not on the path
        assertNull(JacksonLines.unresolvedModule("example.jackson", named, null));                 // no module path
        assertNull(JacksonLines.unresolvedModule("example.jackson", getClass().getClassLoader().getUnnamedModule(),
                jar.toString()));                                                                // class path
        assertNull(JacksonLines.unresolvedModule("example.jackson", named, dir.resolve("missing.jar").toString()));
    }

    private static Path automaticModule(Path dir, String fileName) throws IOException {
        Path jar = dir.resolve(fileName);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest alone: the file name gives the automatic module its name
        }
        return jar;
    }
}
