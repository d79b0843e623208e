package dev.sessioncontrol.sandbox.web;

import com.inductiveautomation.ignition.common.BasicDataset;
import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.common.rpc.SessionScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Session operations over a fixed list of sessions, for tests of the page and the web server
 * that need no simulated clients: a kick removes the session and is remembered.
 */
final class ScriptedSessions implements SessionOperations {
    private final Clock clock;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String> kicked = new ArrayList<>();
    private final List<KickOptions> kickOptions = new ArrayList<>();

    private record Row(String id, String user, String host, String project, SessionScope scope,
            Instant started, Instant lastContact, boolean kickable) {
    }

    ScriptedSessions(Clock clock) {
        this.clock = clock;
    }

    /** Adds a kickable Vision client session that started the given time ago. */
    ScriptedSessions client(String id, String user, String host, Duration uptime) {
        return add(new Row(id, user, host, "Plant", SessionScope.CLIENT,
                clock.instant().minus(uptime), clock.instant().minusSeconds(2), true));
    }

    /** Adds a designer session whose client module never registered. */
    ScriptedSessions unregisteredDesigner(String id, String user, String host) {
        return add(new Row(id, user, host, "Plant", SessionScope.DESIGNER,
                clock.instant().minusSeconds(600), clock.instant().minusSeconds(1), false));
    }

    private synchronized ScriptedSessions add(Row row) {
        rows.put(row.id(), row);
        return this;
    }

    synchronized List<String> kicked() {
        return List.copyOf(kicked);
    }

    synchronized List<KickOptions> kickOptions() {
        return List.copyOf(kickOptions);
    }

    synchronized boolean isListed(String id) {
        return rows.containsKey(id);
    }

    @Override
    public synchronized Dataset listSessions(SessionFilter filter) {
        List<Object[]> matching = new ArrayList<>();
        for (Row r : rows.values()) {
            if (filter.matches(r.user(), r.project(), r.scope())) {
                String type = r.scope() == SessionScope.DESIGNER ? "designer" : "vision";
                long uptime = Duration.between(r.started(), clock.instant()).getSeconds();
                long idle = Duration.between(r.lastContact(), clock.instant()).getSeconds();
                matching.add(new Object[] {r.id(), type, r.user(), r.host(), "127.0.0.1",
                    r.project(), r.scope().label(), "", Date.from(r.started()),
                    Date.from(r.lastContact()), uptime, idle, r.kickable(), false});
            }
        }
        return dataset(SessionColumns.NAMES, SessionColumns.TYPES, matching);
    }

    @Override
    public synchronized Dataset kick(String sessionId, KickOptions options) {
        Row row = rows.get(sessionId);
        if (row == null) {
            throw new SessionControlException(SessionControlException.Kind.NOT_FOUND,
                    "No session has id '" + sessionId + "'");
        }
        if (!row.kickable()) {
            throw new SessionControlException(SessionControlException.Kind.NOT_KICKABLE,
                    "Session '" + sessionId + "' cannot be kicked");
        }
        rows.remove(sessionId);
        kicked.add(sessionId);
        kickOptions.add(options);
        List<Object[]> outcome = List.<Object[]>of(new Object[] {sessionId, row.user(), "sent",
            "Terminate order queued", "00ff"});
        return dataset(OutcomeColumns.NAMES, OutcomeColumns.TYPES, outcome);
    }

    @Override
    public synchronized Dataset kickUser(String user, KickOptions options,
            String exceptSessionId) {
        List<Object[]> outcomes = new ArrayList<>();
        for (Row row : List.copyOf(rows.values())) {
            if (row.user().equalsIgnoreCase(user) && row.kickable()) {
                kick(row.id(), options);
                outcomes.add(new Object[] {row.id(), row.user(), "sent", "queued", "00ff"});
            }
        }
        return dataset(OutcomeColumns.NAMES, OutcomeColumns.TYPES, outcomes);
    }

    @Override
    public Dataset kickAll(String project, KickOptions options) {
        throw new UnsupportedOperationException("not used by the web routes");
    }

    @Override
    public Dataset kickIdle(int idleSeconds, boolean unauthenticatedOnly, KickOptions options) {
        throw new UnsupportedOperationException("not used by the web routes");
    }

    @Override
    public boolean isPerspectivePresent() {
        return false;
    }

    @Override
    public synchronized Dataset history(int limit) {
        List<Object[]> orders = new ArrayList<>();
        for (int i = kicked.size() - 1; i >= 0 && orders.size() < limit; i--) {
            Date issued = Date.from(clock.instant());
            orders.add(new Object[] {issued, "00ff", "admin", kicked.get(i), "user", "host",
                kickOptions.get(i).reason(), "acknowledged", "", issued});
        }
        return dataset(HistoryColumns.NAMES, HistoryColumns.TYPES, orders);
    }

    private static Dataset dataset(List<String> names, List<Class<?>> types,
            List<Object[]> rows) {
        Object[][] columns = new Object[names.size()][rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            for (int col = 0; col < names.size(); col++) {
                columns[col][row] = rows.get(row)[col];
            }
        }
        return new BasicDataset(names, types, columns);
    }
}
