package dev.sessioncontrol.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HTML pages packed under {@code doc/} in the .modl, and the index page module.xml names.
 */
record ModuleDocumentation(Path directory, String indexFile) {

    ModuleDocumentation {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("documentation folder " + directory
                    + " does not exist; create it or leave --doc-dir out");
        }
        if (indexFile == null || indexFile.isBlank()
                || !Files.isRegularFile(directory.resolve(indexFile))) {
            throw new IllegalArgumentException("documentation index '" + indexFile
                    + "' is not a file in " + directory);
        }
    }

    /** Lists every file below the folder, as paths relative to it, in a stable order. */
    List<Path> files() {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(directory::relativize)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the documentation in " + directory, e);
        }
    }
}
