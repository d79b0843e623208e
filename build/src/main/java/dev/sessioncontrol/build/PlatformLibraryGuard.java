package dev.sessioncontrol.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps out of the .modl everything a gateway, client or designer already provides (the
 * Ignition SDK and its stand-ins, slf4j, Jython, the servlet API) and every test library.
 *
 * <p>Two checks: the modules' runtime classpath must hold nothing but the module jars (a library
 * there means some module declared it with compile scope, and a packer like Ignition's own
 * Maven plugin would have bundled it), and no module jar may carry classes of those libraries
 * (as a shaded or copied-in library would).
 */
final class PlatformLibraryGuard {

    private static final List<String> PROVIDED_ARTIFACTS =
            List.of("sdk-stubs", "slf4j", "jython", "servlet");

    /** Where the real Ignition SDK artifacts sit in a Maven repository. */
    private static final String SDK_GROUP_FOLDER = "/com/inductiveautomation/";

    private static final List<String> TEST_ARTIFACTS = List.of("junit", "assertj", "mockito",
            "jqwik", "opentest4j", "apiguardian", "byte-buddy", "objenesis", "hamcrest");

    private static final List<String> PROVIDED_PACKAGES = List.of("com/inductiveautomation/",
            "org/slf4j/", "org/python/", "javax/servlet/", "jakarta/servlet/");

    private static final List<String> TEST_PACKAGES = List.of("org/junit/", "org/assertj/",
            "org/mockito/", "net/jqwik/", "org/opentest4j/", "org/hamcrest/");

    private PlatformLibraryGuard() {
    }

    /**
     * Fails if a module jar is itself a provided or test library, or carries their classes.
     *
     * @throws IllegalStateException naming the jar and the offending entry
     */
    static void checkModuleJar(JarContents jar) {
        String fileName = jar.file().getFileName().toString();
        forbiddenArtifact(jar.file()).ifPresent(kind -> {
            throw new IllegalStateException("module jar " + fileName + " looks like a library "
                    + kind.description + ", which the .modl must not carry; pass the module's"
                    + " own jar");
        });
        for (String entry : jar.entryNames()) {
            if (startsWithAny(entry, PROVIDED_PACKAGES)) {
                throw new IllegalStateException("module jar " + fileName + " contains " + entry
                        + ", a class the Ignition platform provides; do not shade or copy it in");
            }
            if (startsWithAny(entry, TEST_PACKAGES)) {
                throw new IllegalStateException("module jar " + fileName + " contains " + entry
                        + ", a class of a test library; keep test code out of the module jar");
            }
        }
    }

    /**
     * Fails if the modules' runtime classpath holds anything besides the module jars.
     *
     * @throws IllegalStateException naming the extra entry and how to keep it out
     */
    static void checkRuntimeClasspath(List<Path> classpath, List<ModuleJar> moduleJars) {
        Set<Path> allowed = new HashSet<>();
        moduleJars.forEach(jar -> allowed.add(canonical(jar.file())));
        for (Path entry : classpath) {
            if (allowed.contains(canonical(entry))) {
                continue;
            }
            String name = entry.getFileName().toString();
            Optional<LibraryKind> kind = forbiddenArtifact(entry);
            if (kind.isPresent() && kind.get() == LibraryKind.PROVIDED) {
                throw new IllegalStateException(name + " would be packed into the .modl, but the"
                        + " Ignition platform provides it: declare it <scope>provided</scope> in"
                        + " the module that depends on it");
            }
            if (kind.isPresent()) {
                throw new IllegalStateException(name + " would be packed into the .modl, but it"
                        + " is a test library: declare it <scope>test</scope> in the module that"
                        + " depends on it");
            }
            throw new IllegalStateException(name + " is a runtime dependency of a module, but"
                    + " the .modl carries only the module jars: declare it provided, or add it to"
                    + " the package as a jar of its own in build/pom.xml");
        }
    }

    private static Optional<LibraryKind> forbiddenArtifact(Path file) {
        String path = file.toAbsolutePath().toString().replace('\\', '/');
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (PROVIDED_ARTIFACTS.stream().anyMatch(name::contains)
                || path.contains(SDK_GROUP_FOLDER)) {
            return Optional.of(LibraryKind.PROVIDED);
        }
        if (TEST_ARTIFACTS.stream().anyMatch(name::contains)) {
            return Optional.of(LibraryKind.TEST);
        }
        return Optional.empty();
    }

    private static boolean startsWithAny(String entry, List<String> prefixes) {
        return prefixes.stream().anyMatch(entry::startsWith);
    }

    private static Path canonical(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + path, e);
        }
    }

    private enum LibraryKind {
        PROVIDED("that the Ignition platform provides"),
        TEST("for tests only");

        private final String description;

        LibraryKind(String description) {
            this.description = description;
        }
    }
}
