package dev.sessioncontrol.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The entry names of one jar file, read once. */
record JarContents(Path file, Set<String> entryNames) {

    JarContents {
        entryNames = Collections.unmodifiableSet(new LinkedHashSet<>(entryNames));
    }

    /**
     * Reads the entry names of a jar.
     *
     * @throws IllegalStateException if the file is missing, is not a regular file, or is not a
     *         readable zip
     */
    static JarContents read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("module jar " + file + " is missing or is not a file;"
                    + " build the module first (mvn package from the project root)");
        }
        Set<String> names = new LinkedHashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        } catch (IOException e) {
            throw new IllegalStateException("module jar " + file + " is not a readable jar", e);
        }
        return new JarContents(file, names);
    }

    boolean contains(String entryName) {
        return entryNames.contains(entryName);
    }
}
