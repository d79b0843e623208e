package dev.sessioncontrol.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The status page's static files, read from the {@code mounted/} folder on the class path (the
 * gateway jar's folder that an 8.1 gateway serves under {@code /res/<module-id>/}).
 */
final class MountedFiles {
    static final String FOLDER = "mounted/";
    /** File names only: no folders, no dot-dot, so nothing outside the folder is reachable. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*\\.[a-z]+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    private final ClassLoader loader;

    MountedFiles(ClassLoader loader) {
        this.loader = loader;
    }

    /** A file's bytes and content type. */
    record File(byte[] bytes, String contentType) {
    }

    /**
     * Reads a file of the folder.
     *
     * @param name the file name, e.g. {@code status.html}
     * @return the file, or empty if the name is not a plain file name of a known type or no
     *     such file exists
     * @throws IOException if the file cannot be read
     */
    Optional<File> read(String name) throws IOException {
        if (!SAFE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new File(in.readAllBytes(), type));
        }
    }
}
