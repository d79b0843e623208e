package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.gateway.audit.AuditManager;
import com.inductiveautomation.ignition.gateway.audit.AuditProfile;
import com.inductiveautomation.ignition.gateway.audit.AuditRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox gateway's audit profiles, in memory: every profile name a module asks for exists,
 * and its records are kept (the most recent {@value #CAPACITY} across profiles) so that scripts
 * and tests can read what was audited.
 */
public final class SandboxAuditTrail implements AuditManager {
    /** How many records are kept. */
    public static final int CAPACITY = 1000;

    private final Map<String, AuditProfile> profiles = new ConcurrentHashMap<>();
    private final Deque<Entry> entries = new ArrayDeque<>();

    /**
     * One audited record and the profile it was written to.
     *
     * @param profile the profile name
     * @param record the record
     */
    public record Entry(String profile, AuditRecord record) {
    }

    @Override
    public AuditProfile getProfile(String name) {
        Objects.requireNonNull(name, "name");
        return profiles.computeIfAbsent(name, profile -> record -> store(profile, record));
    }

    /** Returns the records written so far, oldest first. */
    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    private synchronized void store(String profile, AuditRecord record) {
        if (entries.size() >= CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(profile, Objects.requireNonNull(record, "record")));
    }
}
