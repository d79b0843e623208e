package dev.sessioncontrol.sandbox.gateway;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.sandbox.platform.DatasetBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The acknowledgements that reached the gateway's RPC handler, as the sandbox saw them pass:
 * which session answered, and whether it is exiting or rejected an order and why. It lets the
 * demo and the tests show that a client's rejection got back to the gateway.
 *
 * <p>Bounded to the most recent {@value #CAPACITY} entries. Thread-safe.
 */
public final class AcknowledgementLog {
    /** How many acknowledgements are kept. */
    public static final int CAPACITY = 500;

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Clock clock;

    /**
     * Creates an empty log.
     *
     * @param clock the gateway clock, for the time of receipt
     */
    public AcknowledgementLog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One acknowledgement as received.
     *
     * @param received when it arrived
     * @param sessionId the public id of the session that sent it, from the gateway's record
     * @param user that session's user
     * @param acknowledgement what the client said
     */
    public record Entry(Instant received, String sessionId, String user,
            Acknowledgement acknowledgement) {
    }

    /**
     * Records an acknowledgement that the gateway's handler accepted for processing.
     *
     * @param sessionId the sending session's public id
     * @param user the sending session's user
     * @param acknowledgement what the client said
     */
    public synchronized void record(String sessionId, String user,
            Acknowledgement acknowledgement) {
        if (entries.size() >= CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(clock.instant(), sessionId, user, acknowledgement));
        notifyAll();
    }

    /** Returns the recorded acknowledgements, oldest first. */
    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /**
     * Waits until the log holds at least {@code count} entries that match.
     *
     * @param matching which entries count
     * @param count how many are needed
     * @param timeout the longest wait
     * @return true if they arrived in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public synchronized boolean await(Predicate<Entry> matching, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (entries.stream().filter(matching).count() < count) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return false;
            }
            wait(leftMillis);
        }
        return true;
    }

    /** Returns the entries as a dataset, for scripts. */
    public Dataset toDataset() {
        DatasetBuilder table = new DatasetBuilder()
                .column("received", Date.class)
                .column("sessionId", String.class)
                .column("user", String.class)
                .column("answer", String.class)
                .column("detail", String.class)
                .column("orderId", String.class);
        for (Entry entry : entries()) {
            Acknowledgement ack = entry.acknowledgement();
            table.row(Date.from(entry.received()), entry.sessionId(), entry.user(),
                    ack.answer().name().toLowerCase(Locale.ROOT), ack.detail(),
                    ack.orderId().orElse(null));
        }
        return table.build();
    }
}
