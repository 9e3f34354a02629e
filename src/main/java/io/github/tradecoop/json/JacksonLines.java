package io.github.tradecoop.json;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which Jackson lines are usable: present, resolved on the module path, and not older than the
 * library supports. Each failure says what to add or change.
 */
final class JacksonLines {

    /** The oldest Jackson 2 this library runs on: Spring Boot 3.3 manages 2.17. */
    static final String JACKSON2_MINIMUM = "2.17";
    /** The oldest Jackson 3 this library runs on. */
    static final String JACKSON3_MINIMUM = "3.1";

    private static final String JACKSON3_MAPPER = "tools.jackson.databind.json.JsonMapper";
    private static final String JACKSON2_MAPPER = "com.fasterxml.jackson.databind.json.JsonMapper";

    private JacksonLines() {
    }

    static boolean jackson3Present() {
        return present(JACKSON3_MAPPER);
    }

    static boolean jackson2Present() {
        return present(JACKSON2_MAPPER);
    }

    /** Jackson 2 with its java.time module, new enough; else an {@code IllegalStateException} saying what to do. */
    static void requireJackson2() {
        require(JACKSON2_MAPPER, "com.fasterxml.jackson.databind", "Jackson 2 (com.fasterxml.jackson.core:jackson-databind)");
        require("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule", "com.fasterxml.jackson.datatype.jsr310",
                "jackson-datatype-jsr310 (com.fasterxml.jackson.datatype:jackson-datatype-jsr310)");
        requireVersion("com.fasterxml.jackson.core.json.PackageVersion", "jackson-core", JACKSON2_MINIMUM);
        requireVersion("com.fasterxml.jackson.databind.cfg.PackageVersion", "jackson-databind", JACKSON2_MINIMUM);
        requireVersion("com.fasterxml.jackson.datatype.jsr310.PackageVersion", "jackson-datatype-jsr310",
                JACKSON2_MINIMUM);
    }

    /** Jackson 3, new enough; else an {@code IllegalStateException} saying what to do. */
    static void requireJackson3() {
        require(JACKSON3_MAPPER, "tools.jackson.databind", "Jackson 3 (tools.jackson.core:jackson-databind)");
        requireVersion("tools.jackson.core.json.PackageVersion", "jackson-core", JACKSON3_MINIMUM);
        requireVersion("tools.jackson.databind.cfg.PackageVersion", "jackson-databind", JACKSON3_MINIMUM);
    }

    /** When no Jackson is usable: throws if one is on the module path but not resolved, naming its line. */
    static void explainNone() {
        for (String module : List.of("tools.jackson.databind", "com.fasterxml.jackson.databind")) {
            String unresolved = unresolvedModule(module, JacksonLines.class.getModule(), System.getProperty("jdk.module.path"));
            if (unresolved != null) {
                throw new IllegalStateException(unresolved);
            }
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JacksonLines.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void require(String className, String module, String what) {
        if (!present(className)) {
            String unresolved = unresolvedModule(module, JacksonLines.class.getModule(), System.getProperty("jdk.module.path"));
            throw new IllegalStateException(unresolved != null ? unresolved
                    : what + " is not on the class path; add it to use this TradeJson");
        }
    }

    /**
     * Why a Jackson module is missing when this library runs as a named module: its jar may be on
     * the module path, but a {@code requires static} dependency is resolved only if some module
     * requires it. Null if the module is not on the module path either (or this library is not a
     * named module), when the usual "add it" message is the right one.
     */
    static @Nullable String unresolvedModule(String module, Module library, @Nullable String modulePath) {
        if (!library.isNamed() || modulePath == null || modulePath.isBlank()
                || library.getLayer() != null && library.getLayer().findModule(module).isPresent()) {
            return null;
        }
        try {
            Path[] entries = Arrays.stream(modulePath.split(File.pathSeparator)).filter(e -> !e.isBlank())
                    .map(Path::of).toArray(Path[]::new);
            if (ModuleFinder.of(entries).find(module).isEmpty()) {
                return null;
            }
        } catch (RuntimeException unreadablePath) {   // FindException, InvalidPathException: no better message
            return null;
        }
        return module + " is on the module path but not resolved: add \"requires " + module + ";\" to your"
                + " module-info.java (or run with --add-modules " + module + ")";
    }

    /**
     * Refuses a Jackson older than the library supports, naming the version found, before any of
     * its classes that changed are linked; a version that cannot be read is let through.
     */
    private static void requireVersion(String packageVersionClass, String artifact, String minimum) {
        String found;
        try {
            found = String.valueOf(Class.forName(packageVersionClass, true, JacksonLines.class.getClassLoader())
                    .getField("VERSION").get(null));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException unknown) {
            return;
        }
        if (isOlder(found, minimum)) {
            throw new IllegalStateException(artifact + " " + found + " is older than " + minimum
                    + ", the oldest version tradecoop supports: use " + minimum + " or newer");
        }
    }

    /** Whether a version such as "2.16.1" or "2.16.1-SNAPSHOT" is below a "major.minor" minimum. */
    static boolean isOlder(String version, String minimum) {
        String[] found = version.split("[.-]");
        String[] least = minimum.split("\\.");
        try {
            int major = Integer.parseInt(found[0]);
            int minor = found.length > 1 ? Integer.parseInt(found[1]) : 0;
            int leastMajor = Integer.parseInt(least[0]);
            int leastMinor = Integer.parseInt(least[1]);
            return major < leastMajor || major == leastMajor && minor < leastMinor;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException unreadable) {
            return false;
        }
    }
}
