package dev.sessioncontrol.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one packager run made: the module version, the unsigned file and, when a key was given,
 * the signed file.
 */
record PackagedModule(ModuleVersion version, Path unsigned, Optional<Path> signed) {
}
