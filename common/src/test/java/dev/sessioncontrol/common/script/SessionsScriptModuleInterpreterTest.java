package dev.sessioncontrol.common.script;

import static dev.sessioncontrol.common.script.Jython.raises;
import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.util.PythonInterpreter;

/** Calls {@code system.sessions} from real Python code, as a script in any scope would. */
class SessionsScriptModuleInterpreterTest {
    private final RecordingOperations operations = new RecordingOperations();
    private PythonInterpreter python;

    @BeforeEach
    void bindTheNamespace() {
        python = Jython.interpreter();
        python.set("sessions", new SessionsScriptModule(operations));
    }

    @AfterEach
    void closeTheInterpreter() {
        python.close();
    }

    @Test
    void keywordCallReachesTheOperations() {
        python.eval("sessions.kick('abc', reason='x', graceSeconds=5, force=True)");

        assertThat(operations.target()).isEqualTo("abc");
        assertThat(operations.options()).isEqualTo(
                KickOptions.builder().reason("x").graceSeconds(5).force(true).build());
    }

    @Test
    void positionalCallGivesTheSameKickAsTheKeywordCall() {
        RecordingOperations byKeyword = new RecordingOperations();
        python.set("byKeyword", new SessionsScriptModule(byKeyword));
        python.eval("byKeyword.kick(force=True, graceSeconds=5, reason='x', sessionId='abc')");

        python.eval("sessions.kick('abc', 'x', 5, True)");

        assertThat(operations.target()).isEqualTo(byKeyword.target()).isEqualTo("abc");
        assertThat(operations.options()).isEqualTo(byKeyword.options());
    }

    @Test
    void unpackedDictionaryWorksLikeKeywords() {
        python.exec("options = {'reason': u'Shift change', 'graceSeconds': 30L}\n"
                + "sessions.kick('abc', **options)\n");

        assertThat(operations.options()).isEqualTo(
                KickOptions.builder().reason("Shift change").graceSeconds(30).build());
    }

    @Test
    void scriptReceivesTheDatasetItself() {
        PyObject result = python.eval("sessions.list(user='alice')");

        assertThat(result.__tojava__(Dataset.class)).isSameAs(operations.answer());
    }

    @Test
    void listFiltersReachTheOperations() {
        python.eval("sessions.list(project='Plant', scope='designer')");

        assertThat(operations.filter())
                .isEqualTo(SessionFilter.of(null, "Plant", SessionScope.DESIGNER));
    }

    @Test
    void kickUserAndHistoryAreCallableFromPython() {
        python.exec("sessions.kickUser('bob', reason='x', exceptSessionId='S7', force=True)\n"
                + "sessions.history(limit=20)\n");

        assertThat(operations.calls()).containsExactly("kickUser", "history");
        assertThat(operations.target()).isEqualTo("bob");
        assertThat(operations.exceptSessionId()).isEqualTo("S7");
        assertThat(operations.options())
                .isEqualTo(KickOptions.builder().reason("x").force(true).build());
        assertThat(operations.limit()).isEqualTo(20);
    }

    @Test
    void kickAllTakesTheProjectByKeyword() {
        python.eval("sessions.kickAll(project='Plant', graceSeconds=10)");

        assertThat(operations.target()).isEqualTo("Plant");
        assertThat(operations.options().graceSeconds()).isEqualTo(10);
    }

    @Test
    void scriptCanCatchTheTypeErrorOfAMissingId() {
        python.exec("try:\n"
                + "    sessions.kick(reason='x')\n"
                + "    caught = None\n"
                + "except TypeError, e:\n"
                + "    caught = str(e)\n");

        assertThat(python.get("caught", String.class)).contains("'sessionId'");
        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void scriptCanCatchTheValueErrorOfAGraceOutOfRange() {
        python.exec("try:\n"
                + "    sessions.kick('abc', graceSeconds=3601)\n"
                + "    caught = None\n"
                + "except ValueError, e:\n"
                + "    caught = str(e)\n");

        assertThat(python.get("caught", String.class)).contains("graceSeconds");
        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void blankIdRaisesValueErrorIntoTheScript() {
        raises(Py.ValueError, () -> python.eval("sessions.kick('  ')"));

        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void unknownKeywordRaisesTypeErrorNamingIt() {
        String message = raises(Py.TypeError,
                () -> python.eval("sessions.kick('abc', grace=5)"));

        assertThat(message).contains("'grace'");
    }

    @Test
    void duplicateArgumentRaisesTypeErrorNamingIt() {
        String message = raises(Py.TypeError,
                () -> python.eval("sessions.kick('abc', sessionId='def')"));

        assertThat(message).contains("'sessionId'");
    }

    @Test
    void wrongTypeRaisesTypeErrorNamingTheArgument() {
        String message = raises(Py.TypeError,
                () -> python.eval("sessions.kick('abc', graceSeconds='5')"));

        assertThat(message).contains("'graceSeconds'");
    }

    @Test
    void unknownScopeRaisesValueError() {
        String message = raises(Py.ValueError,
                () -> python.eval("sessions.list(scope='gateway')"));

        assertThat(message).contains("'gateway'");
        assertThat(operations.calls()).isEmpty();
    }
}
