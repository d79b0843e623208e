package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.common.BasicDataset;
import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.SessionColumns;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Turns session snapshots and kick results into the datasets that scripts receive. */
public final class ResultTables {
    private ResultTables() {
    }

    /**
     * Returns a session listing.
     *
     * @param sessions the sessions, in display order
     * @param callerSessionId the caller's own session, marked in the {@code self} column
     * @param now the time uptime and idle time are counted to
     * @return a dataset with the columns of {@link SessionColumns}
     */
    public static Dataset sessions(List<SessionRecord> sessions,
            Optional<String> callerSessionId, Instant now) {
        Object[][] data = new Object[SessionColumns.NAMES.size()][sessions.size()];
        for (int row = 0; row < sessions.size(); row++) {
            SessionRecord s = sessions.get(row);
            Object[] values = {s.id(), s.type().label(), s.user(), s.host(), s.address(),
                s.project(), s.scope().label(), s.device(), date(s.started().toEpochMilli()),
                date(s.lastContact().toEpochMilli()), secondsBetween(s.started(), now),
                secondsBetween(s.lastContact(), now), s.isKickable(),
                callerSessionId.map(s.id()::equals).orElse(false)};
            setRow(data, row, values);
        }
        return new BasicDataset(SessionColumns.NAMES, SessionColumns.TYPES, data);
    }

    private static Long secondsBetween(Instant from, Instant to) {
        return Math.max(0L, Duration.between(from, to).getSeconds());
    }

    /**
     * Returns kick outcomes.
     *
     * @param results one per target
     * @return a dataset with the columns of {@link OutcomeColumns}
     */
    public static Dataset outcomes(List<KickResult> results) {
        Object[][] data = new Object[OutcomeColumns.NAMES.size()][results.size()];
        for (int row = 0; row < results.size(); row++) {
            KickResult r = results.get(row);
            Object[] values = {r.sessionId(), r.user(), r.outcome().label(), r.detail(),
                r.orderId().orElse(null)};
            setRow(data, row, values);
        }
        return new BasicDataset(OutcomeColumns.NAMES, OutcomeColumns.TYPES, data);
    }

    /**
     * Returns the order history.
     *
     * @param entries the orders, newest first
     * @return a dataset with the columns of {@link HistoryColumns}
     */
    public static Dataset history(List<OrderEntry> entries) {
        Object[][] data = new Object[HistoryColumns.NAMES.size()][entries.size()];
        for (int row = 0; row < entries.size(); row++) {
            OrderEntry e = entries.get(row);
            Object[] values = {date(e.issued().toEpochMilli()), e.orderId(), e.issuer(),
                e.sessionId(), e.user(), e.host(), e.reason(), e.status().label(), e.detail(),
                date(e.updated().toEpochMilli())};
            setRow(data, row, values);
        }
        return new BasicDataset(HistoryColumns.NAMES, HistoryColumns.TYPES, data);
    }

    private static void setRow(Object[][] columnMajor, int row, Object[] values) {
        for (int col = 0; col < values.length; col++) {
            columnMajor[col][row] = values[col];
        }
    }

    private static Date date(long epochMillis) {
        return new Date(epochMillis);
    }
}
