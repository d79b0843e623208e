package dev.sessioncontrol.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Turns an unsigned .modl into a signed one, in the form an Ignition gateway checks at install.
 *
 * <p>Every file entry is signed with SHA256withRSA over its uncompressed bytes; the Base64
 * signatures go into {@code signatures.properties}, keyed by the entry's path with a leading
 * slash ({@code /module.xml}, {@code /doc/index.html}), and the certificate chain goes into
 * {@code certificates.p7b} as PKCS#7. Both sit at the root beside the signed entries, which are
 * copied unchanged.
 */
final class ModlSigner {

    static final String SIGNATURES = "signatures.properties";
    static final String CERTIFICATES = "certificates.p7b";

    private final SigningKey key;

    ModlSigner(SigningKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * Signs {@code unsigned} and writes the result to {@code signed}.
     *
     * @throws IllegalArgumentException if the input already carries signature files
     */
    void sign(Path unsigned, Path signed, Instant buildTime) {
        List<Entry> entries = readEntries(unsigned);
        Properties signatures = new Properties();
        for (Entry entry : entries) {
            signatures.setProperty("/" + entry.name(),
                    Base64.getEncoder().encodeToString(key.sign(entry.content())));
        }

        Path partial = signed.resolveSibling(signed.getFileName() + ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (Entry entry : entries) {
                    ModlArchive.put(zip, entry.name(), buildTime, entry.content());
                }
                ModlArchive.put(zip, SIGNATURES, buildTime, store(signatures));
                ModlArchive.put(zip, CERTIFICATES, buildTime, key.chainAsPkcs7());
            }
            Files.move(partial, signed, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + signed, e);
        }
    }

    private static List<Entry> readEntries(Path unsigned) {
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(unsigned.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getName().equals(SIGNATURES) || entry.getName().equals(CERTIFICATES)) {
                    throw new IllegalArgumentException(unsigned + " already holds "
                            + entry.getName() + "; sign the unsigned module instead");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.add(new Entry(entry.getName(), in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + unsigned, e);
        }
        return entries;
    }

    private static byte[] store(Properties signatures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        signatures.store(out, "SHA256withRSA signatures of the module entries");
        return out.toByteArray();
    }

    private record Entry(String name, byte[] content) {
    }
}
