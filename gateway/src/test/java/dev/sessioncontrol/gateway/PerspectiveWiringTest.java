package dev.sessioncontrol.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.common.Dataset;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.gateway.model.GatewayContext;
import com.inductiveautomation.ignition.gateway.system.SystemManager;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.gateway.perspective.FakePerspective.Closing;
import dev.sessioncontrol.gateway.perspective.JythonScriptManager;
import dev.sessioncontrol.gateway.perspective.SessionInfo;
import dev.sessioncontrol.gateway.session.FakeSessions;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * The gateway hook finds Perspective through the gateway's script manager, and gateway scripts
 * see its sessions in {@code system.sessions}; without Perspective, or without a script
 * manager, the module still sets up and lists Vision sessions.
 */
class PerspectiveWiringTest {
    @TempDir
    Path dataDir;

    private final ManualClock clock = new ManualClock();
    private final FakeSessions vision = new FakeSessions();
    private final GatewayHook hook = new GatewayHook(clock);
    private final GatewayContext context = mock(GatewayContext.class);

    @BeforeEach
    void prepareTheGateway() {
        SystemManager systemManager = mock(SystemManager.class);
        when(context.getSystemManager()).thenReturn(systemManager);
        when(systemManager.getDataDir()).thenReturn(dataDir.toFile());
        when(context.getGatewaySessionManager()).thenReturn(vision);
        vision.client("c-1").user("alice").registered().add();
    }

    @AfterEach
    void stopTheGateway() {
        hook.shutdown();
    }

    /** Sets the hook up on the context and gives its gateway-scope scripts to a manager. */
    private void startWith(ScriptManager gatewayScripts) {
        hook.setup(context);
        hook.initializeScriptManager(gatewayScripts);
    }

    private static List<Object> column(Dataset table, String column) {
        List<Object> values = new ArrayList<>();
        for (int row = 0; row < table.getRowCount(); row++) {
            values.add(table.getValueAt(row, column));
        }
        return values;
    }

    private static Dataset dataset(PyStringMap locals, String name) {
        return (Dataset) locals.__finditem__(name).__tojava__(Dataset.class);
    }

    private static boolean truth(PyStringMap locals, String name) {
        PyObject value = locals.__finditem__(name);
        return value != null && value.__nonzero__();
    }

    @Test
    void gatewayScriptsListPerspectiveSessionsBesideVisionClients() {
        JythonScriptManager scripts = JythonScriptManager.withPerspective();
        scripts.perspective().add(SessionInfo.browser("p-1").user("bob").project("Yard"));
        when(context.getScriptManager()).thenReturn(scripts);
        startWith(scripts);

        PyStringMap locals = scripts.run("rows = system.sessions.list()\n"
                + "present = system.sessions.isPerspectivePresent()\n");

        Dataset rows = dataset(locals, "rows");
        assertThat(column(rows, SessionColumns.ID)).containsExactly("c-1", "p-1");
        assertThat(column(rows, SessionColumns.TYPE)).containsExactly("vision", "perspective");
        assertThat(truth(locals, "present")).isTrue();
    }

    @Test
    void gatewayScriptsFilterPerspectiveSessionsByScope() {
        JythonScriptManager scripts = JythonScriptManager.withPerspective();
        scripts.perspective().add(SessionInfo.browser("p-1"), SessionInfo.inDesigner("p-d"));
        when(context.getScriptManager()).thenReturn(scripts);
        startWith(scripts);

        PyStringMap locals = scripts.run("rows = system.sessions.list(scope='perspective')\n");

        assertThat(column(dataset(locals, "rows"), SessionColumns.ID)).containsExactly("p-1");
    }

    @Test
    void aGatewayScriptKickClosesThePerspectiveSessionAndTheHistoryShowsIt() {
        JythonScriptManager scripts = JythonScriptManager.withPerspective();
        scripts.perspective().add(SessionInfo.browser("p-1").user("bob"));
        when(context.getScriptManager()).thenReturn(scripts);
        startWith(scripts);

        PyStringMap locals = scripts.run(
                "outcome = system.sessions.kick('p-1', reason=u'Line cleared')\n"
                + "history = system.sessions.history(limit=5)\n");

        Dataset outcome = dataset(locals, "outcome");
        Dataset history = dataset(locals, "history");
        assertThat(column(outcome, OutcomeColumns.OUTCOME)).containsExactly("closed");
        assertThat(scripts.perspective().closings())
                .containsExactly(new Closing("p-1", "Line cleared"));
        assertThat(column(history, HistoryColumns.STATUS)).containsExactly("closed");
        assertThat(column(history, HistoryColumns.ISSUER)).containsExactly("gateway");
        assertThat(column(history, HistoryColumns.ORDER_ID))
                .containsExactlyElementsOf(column(outcome, OutcomeColumns.ORDER_ID));
        assertThat(vision.notificationCount()).isZero();
    }

    @Test
    void withoutSystemPerspectiveTheModuleListsVisionSessionsOnly() {
        JythonScriptManager scripts = JythonScriptManager.withoutPerspective();
        when(context.getScriptManager()).thenReturn(scripts);
        startWith(scripts);

        PyStringMap locals = scripts.run("rows = system.sessions.list()\n"
                + "present = system.sessions.isPerspectivePresent()\n");

        assertThat(column(dataset(locals, "rows"), SessionColumns.ID)).containsExactly("c-1");
        assertThat(truth(locals, "present")).isFalse();
    }

    static Stream<Throwable> unreachableScriptManagers() {
        return Stream.of(new UnsupportedOperationException("no script manager here"),
                new IllegalStateException("gateway still starting"),
                new NoSuchMethodError("GatewayContext.getScriptManager()"),
                new AbstractMethodError("GatewayContext.getScriptManager()"));
    }

    @ParameterizedTest
    @MethodSource("unreachableScriptManagers")
    void whenTheScriptManagerCannotBeReachedTheModuleStillListsVisionSessions(
            Throwable failure) {
        when(context.getScriptManager()).thenThrow(failure);
        JythonScriptManager scripts = JythonScriptManager.withoutPerspective();
        startWith(scripts);

        PyStringMap locals = scripts.run("rows = system.sessions.list()\n"
                + "present = system.sessions.isPerspectivePresent()\n");

        assertThat(column(dataset(locals, "rows"), SessionColumns.ID)).containsExactly("c-1");
        assertThat(truth(locals, "present")).isFalse();
    }

    @Test
    void whenTheGatewayHasNoScriptManagerTheModuleStillListsVisionSessions() {
        when(context.getScriptManager()).thenReturn(null);
        JythonScriptManager scripts = JythonScriptManager.withoutPerspective();
        startWith(scripts);

        PyStringMap locals = scripts.run("rows = system.sessions.list()\n"
                + "present = system.sessions.isPerspectivePresent()\n");

        assertThat(column(dataset(locals, "rows"), SessionColumns.ID)).containsExactly("c-1");
        assertThat(truth(locals, "present")).isFalse();
    }
}
