package io.github.tradecoop.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API as a listing that changes only on purpose: every public and protected type,
 * constructor, method and field of the packages module-info.java exports, in
 * {@code docs/api/tradecoop-api.txt}. A change to the surface fails this test until the listing is
 * regenerated ({@code mvn test -Dtest=PublicApiTest -Dapi.update=true}), so every API change shows
 * up in review as a diff of that file. japicmp compares binaries with the last release (releasing.md).
 */
class PublicApiTest {

    private static final Path LISTING = Path.of("docs/api/tradecoop-api.txt");
    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void theListingIsTheApi() throws IOException, ClassNotFoundException {
        String listing = listing();
        if (Boolean.getBoolean("api.update")) {
            Files.writeString(LISTING, listing);
        }
        assertEquals(Files.readString(LISTING), listing,
                "the public API changed: review it, then run mvn test -Dtest=PublicApiTest -Dapi.update=true");
    }

    @Test
    void onlyApiPackagesAreListed() throws IOException, ClassNotFoundException {
        List<String> packages = exportedPackages();
        assertTrue(packages.contains("io.github.tradecoop.validation"));
        assertFalse(packages.contains("io.github.tradecoop.cli"));
        assertFalse(packages.contains("io.github.tradecoop.validation.internal"));
        assertFalse(listing().contains("io.github.tradecoop.cli."));
    }

    static List<String> exportedPackages() throws IOException {
        Matcher m = EXPORTS.matcher(Files.readString(Path.of("src/main/java/module-info.java")));
        List<String> packages = new ArrayList<>();
        while (m.find()) {
            packages.add(m.group(1));
        }
        return packages;
    }

    static String listing() throws IOException, ClassNotFoundException {
        StringBuilder out = new StringBuilder();
        for (String pkg : exportedPackages()) {
            Path dir = Path.of("target/classes", pkg.replace('.', '/'));
            TreeSet<String> classNames = new TreeSet<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                        .forEach(n -> classNames.add(pkg + "." + n.substring(0, n.length() - ".class".length())));
            }
            for (String name : classNames) {
                Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                if (isApi(type)) {
                    describe(type, out);
                }
            }
        }
        return out.toString();
    }

    /** Public, and every enclosing class public too. */
    private static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static void describe(Class<?> type, StringBuilder out) {
        out.append(type.toGenericString());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
                && !type.isRecord()) {
            out.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            out.append(type.isInterface() ? " extends " : " implements ");
            List<String> interfaces = new ArrayList<>();
            for (var i : type.getGenericInterfaces()) {
                interfaces.add(i.getTypeName());
            }
            out.append(String.join(", ", interfaces));
        }
        if (type.isSealed()) {
            List<String> permitted = new ArrayList<>();
            for (Class<?> p : type.getPermittedSubclasses()) {
                permitted.add(p.getName());
            }
            out.append(" permits ").append(String.join(", ", permitted));
        }
        out.append('\n');
        TreeSet<String> members = new TreeSet<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            add(c, members);
        }
        for (Method m : type.getDeclaredMethods()) {
            if (!m.isBridge()) {
                add(m, members);
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f) && !f.isSynthetic()) {
                members.add(f.toGenericString());
            }
        }
        members.forEach(m -> out.append("  ").append(m).append('\n'));
    }

    private static void add(Executable e, TreeSet<String> members) {
        if (visible(e) && !e.isSynthetic()) {
            members.add(e.toGenericString());
        }
    }

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }
}
