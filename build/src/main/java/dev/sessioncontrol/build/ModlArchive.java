package dev.sessioncontrol.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an unsigned .modl: a zip with module.xml, the module jars and the documentation
 * folder, all at the root and with no enclosing folder.
 *
 * <p>Entries come in a fixed order (module.xml, the jars as module.xml lists them, then
 * {@code doc/} sorted by path) and carry the build time, so one input gives one archive.
 */
final class ModlArchive {

    static final String DOC_FOLDER = "doc/";

    private ModlArchive() {
    }

    /**
     * Writes the archive to {@code target}, replacing any file of that name only once the new
     * one is complete.
     */
    static void writeUnsigned(ModuleDescriptor descriptor,
            Optional<ModuleDocumentation> documentation, Instant buildTime, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                put(zip, ModuleXml.FILE_NAME, buildTime, ModuleXml.render(descriptor));
                for (ModuleJar jar : descriptor.jars()) {
                    put(zip, jar.fileName(), buildTime, Files.readAllBytes(jar.file()));
                }
                if (documentation.isPresent()) {
                    putDocumentation(zip, documentation.get(), buildTime);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void putDocumentation(ZipOutputStream zip, ModuleDocumentation documentation,
            Instant buildTime) throws IOException {
        for (Path file : documentation.files()) {
            String name = DOC_FOLDER + file.toString().replace('\\', '/');
            put(zip, name, buildTime, Files.readAllBytes(documentation.directory().resolve(file)));
        }
    }

    static void put(ZipOutputStream zip, String name, Instant time, byte[] content)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
