package dev.sessioncontrol.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small jars for tests, with class files that carry only a header. */
final class TestJar {

    static final int JAVA_11 = 55;
    static final int JAVA_17 = 61;

    private TestJar() {
    }

    /** The start of a class file of the given major version; enough for version checks. */
    static byte[] classFile(int major) {
        return new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0,
            (byte) (major >> 8), (byte) major, 0, 1};
    }

    static Path write(Path file, Map<String, byte[]> entries) {
        try {
            Files.createDirectories(file.getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
