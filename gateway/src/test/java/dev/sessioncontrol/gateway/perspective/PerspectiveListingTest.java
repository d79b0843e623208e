package dev.sessioncontrol.gateway.perspective;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.common.rpc.SessionScope;
import dev.sessioncontrol.gateway.session.Caller;
import dev.sessioncontrol.gateway.session.CallerOperations;
import dev.sessioncontrol.gateway.session.FakeSessions;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import dev.sessioncontrol.gateway.session.KickPolicy;
import dev.sessioncontrol.gateway.session.OrderLedger;
import dev.sessioncontrol.gateway.session.SessionRecord;
import dev.sessioncontrol.gateway.session.SessionRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Perspective sessions in {@code system.sessions.list()}, next to Vision clients. */
class PerspectiveListingTest {
    private final ManualClock clock = new ManualClock();
    private final FakeSessions vision = new FakeSessions();
    private final JythonScriptManager scripts = JythonScriptManager.withPerspective();
    private final FakePerspective perspective = scripts.perspective();

    private SessionOperations operationsOver(PerspectiveSessions sessions) {
        SessionRegistry registry = new SessionRegistry(vision, vision.keys(), sessions, clock);
        OrderLedger ledger = new OrderLedger(100, clock);
        return new CallerOperations(Caller.gateway(), registry, KickPolicy.defaults(),
                vision.kickService(clock).registry(registry).perspective(sessions)
                        .ledger(ledger).build(),
                ledger, clock);
    }

    private SessionOperations operations() {
        return operationsOver(new ScriptedPerspectiveSessions(scripts));
    }

    private static int rowOf(Dataset table, String id) {
        for (int row = 0; row < table.getRowCount(); row++) {
            if (id.equals(table.getValueAt(row, SessionColumns.ID))) {
                return row;
            }
        }
        throw new AssertionError("no row for session " + id + " in " + ids(table));
    }

    private static List<Object> ids(Dataset table) {
        List<Object> ids = new ArrayList<>();
        for (int row = 0; row < table.getRowCount(); row++) {
            ids.add(table.getValueAt(row, SessionColumns.ID));
        }
        return ids;
    }

    @Test
    void aPerspectiveSessionIsListedWithItsTypeScopeDeviceAndTimes() {
        long uptimeMillis = 125_500;
        long idleMillis = 4_200;
        perspective.add(SessionInfo.browser("p-1").user("bob").project("Yard")
                .address("10.0.0.5").userAgent("Mozilla/5.0 Chrome/120")
                .uptimeMillis(uptimeMillis).lastCommMillis(idleMillis));
        Instant now = clock.instant();

        Dataset table = operations().listSessions(SessionFilter.all());

        int row = rowOf(table, "p-1");
        assertThat(table.getValueAt(row, SessionColumns.TYPE)).isEqualTo("perspective");
        assertThat(table.getValueAt(row, SessionColumns.SCOPE)).isEqualTo("perspective");
        assertThat(table.getValueAt(row, SessionColumns.USER)).isEqualTo("bob");
        assertThat(table.getValueAt(row, SessionColumns.PROJECT)).isEqualTo("Yard");
        assertThat(table.getValueAt(row, SessionColumns.ADDRESS)).isEqualTo("10.0.0.5");
        assertThat(table.getValueAt(row, SessionColumns.HOST)).isEqualTo("");
        assertThat(table.getValueAt(row, SessionColumns.DEVICE))
                .isEqualTo("Mozilla/5.0 Chrome/120");
        assertThat(table.getValueAt(row, SessionColumns.UPTIME_SECONDS))
                .isEqualTo(uptimeMillis / 1000);
        assertThat(table.getValueAt(row, SessionColumns.IDLE_SECONDS))
                .isEqualTo(idleMillis / 1000);
        assertThat(table.getValueAt(row, SessionColumns.STARTED))
                .isEqualTo(Date.from(now.minusMillis(uptimeMillis)));
        assertThat(table.getValueAt(row, SessionColumns.LAST_CONTACT))
                .isEqualTo(Date.from(now.minusMillis(idleMillis)));
        assertThat(table.getValueAt(row, SessionColumns.KICKABLE)).isEqualTo(true);
        assertThat(table.getValueAt(row, SessionColumns.SELF)).isEqualTo(false);
    }

    @Test
    void perspectiveSessionsAreListedWithVisionClients() {
        vision.client("c-1").user("alice").registered().add();
        vision.client("c-2").user("zoe").add();
        perspective.add(SessionInfo.browser("p-1").user("bob"));

        Dataset table = operations().listSessions(SessionFilter.all());

        assertThat(ids(table)).containsExactly("c-1", "p-1", "c-2");
        assertThat(table.getValueAt(rowOf(table, "c-1"), SessionColumns.TYPE))
                .isEqualTo("vision");
        assertThat(table.getValueAt(rowOf(table, "c-1"), SessionColumns.DEVICE)).isEqualTo("");
        assertThat(table.getValueAt(rowOf(table, "c-2"), SessionColumns.KICKABLE))
                .isEqualTo(false);
    }

    @Test
    void perspectivesUnauthenticatedIsShownAsTheModulesUnauthenticated() {
        perspective.add(SessionInfo.browser("p-1").user("Unauthenticated"));

        Dataset table = operations().listSessions(SessionFilter.all());

        assertThat(table.getValueAt(rowOf(table, "p-1"), SessionColumns.USER))
                .isEqualTo(SessionRecord.UNAUTHENTICATED);
    }

    @Test
    void aSessionHostedByADesignerIsAPerspectiveSessionInTheDesignerScope() {
        perspective.add(SessionInfo.inDesigner("p-d").user("dev"));

        Dataset table = operations().listSessions(SessionFilter.all());

        int row = rowOf(table, "p-d");
        assertThat(table.getValueAt(row, SessionColumns.TYPE)).isEqualTo("perspective");
        assertThat(table.getValueAt(row, SessionColumns.SCOPE)).isEqualTo("designer");
        assertThat(table.getValueAt(row, SessionColumns.KICKABLE)).isEqualTo(true);
    }

    @Test
    void theUserFilterTakesVisionAndPerspectiveSessionsOfThatUserWhateverTheCase() {
        vision.client("c-1").user("bob").add();
        vision.client("c-2").user("alice").add();
        perspective.add(SessionInfo.browser("p-1").user("Bob"),
                SessionInfo.browser("p-2").user("carol"));

        Dataset table = operations().listSessions(SessionFilter.of("BOB", null, null));

        assertThat(ids(table)).containsExactlyInAnyOrder("c-1", "p-1");
    }

    @Test
    void theUserFilterUnauthenticatedFindsAnonymousPerspectiveSessions() {
        perspective.add(SessionInfo.browser("p-1").user("Unauthenticated"),
                SessionInfo.browser("p-2").user("carol"));

        Dataset table = operations().listSessions(
                SessionFilter.of(SessionRecord.UNAUTHENTICATED, null, null));

        assertThat(ids(table)).containsExactly("p-1");
    }

    @Test
    void theProjectFilterAppliesToPerspectiveSessions() {
        vision.client("c-1").project("Yard").add();
        vision.client("c-2").project("Plant").add();
        perspective.add(SessionInfo.browser("p-1").project("yard"),
                SessionInfo.browser("p-2").project("Plant"));

        Dataset table = operations().listSessions(SessionFilter.of(null, "Yard", null));

        assertThat(ids(table)).containsExactlyInAnyOrder("c-1", "p-1");
    }

    @Test
    void thePerspectiveScopeTakesPerspectiveSessionsOutsideDesignersOnly() {
        vision.client("c-1").add();
        vision.designer("d-1").add();
        perspective.add(SessionInfo.browser("p-1"), SessionInfo.browser("p-2").scope("iOS"),
                SessionInfo.inDesigner("p-d"));

        Dataset table = operations().listSessions(
                SessionFilter.of(null, null, SessionScope.PERSPECTIVE));

        assertThat(ids(table)).containsExactlyInAnyOrder("p-1", "p-2");
    }

    @Test
    void theDesignerScopeTakesDesignersAndPerspectiveSessionsInsideThem() {
        vision.client("c-1").add();
        vision.designer("d-1").add();
        perspective.add(SessionInfo.browser("p-1"), SessionInfo.inDesigner("p-d"));

        Dataset table = operations().listSessions(
                SessionFilter.of(null, null, SessionScope.DESIGNER));

        assertThat(ids(table)).containsExactlyInAnyOrder("d-1", "p-d");
    }

    @Test
    void theClientScopeLeavesPerspectiveOut() {
        vision.client("c-1").add();
        perspective.add(SessionInfo.browser("p-1"));

        Dataset table = operations().listSessions(
                SessionFilter.of(null, null, SessionScope.CLIENT));

        assertThat(ids(table)).containsExactly("c-1");
    }

    @Test
    void withoutPerspectiveOnlyVisionSessionsAreListed() {
        vision.client("c-1").user("alice").add();
        SessionOperations operations = operationsOver(
                new ScriptedPerspectiveSessions(JythonScriptManager.withoutPerspective()));

        Dataset table = operations.listSessions(SessionFilter.all());

        assertThat(ids(table)).containsExactly("c-1");
        assertThat(operations.isPerspectivePresent()).isFalse();
    }

    @Test
    void withPerspectiveThePresenceIsReported() {
        assertThat(operations().isPerspectivePresent()).isTrue();
    }
}
