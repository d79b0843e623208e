package dev.sessioncontrol.build;

import java.nio.file.Path;
import java.util.Objects;

/** One jar of the module, the file to pack and the scope it is loaded in. */
record ModuleJar(Scope scope, Path file) {

    ModuleJar {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(file, "file");
    }

    /** The name the jar has at the root of the .modl and in module.xml. */
    String fileName() {
        return file.getFileName().toString();
    }
}
