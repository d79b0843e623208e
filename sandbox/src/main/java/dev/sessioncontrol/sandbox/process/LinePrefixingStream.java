package dev.sessioncontrol.sandbox.process;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An output stream that sends each complete line to a {@link Transcript} with a prefix, so that
 * the sandbox's own log lines read like the clients' ({@code [gateway] ...}).
 */
public final class LinePrefixingStream extends OutputStream {
    private final Transcript transcript;
    private final String prefix;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /**
     * Creates the stream.
     *
     * @param transcript where lines go
     * @param prefix what goes in front of each line
     */
    public LinePrefixingStream(Transcript transcript, String prefix) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public synchronized void flush() {
        // Lines are sent when they end; a partial line waits for its end.
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        transcript.print(prefix + line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
