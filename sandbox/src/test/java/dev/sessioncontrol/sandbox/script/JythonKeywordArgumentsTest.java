package dev.sessioncontrol.sandbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.BasicDataset;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.common.rpc.SessionScope;
import dev.sessioncontrol.common.script.SessionsScriptModule;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code system.sessions} called from real Jython 2.7 code, as an integrator types it: the
 * positional and keyword forms reach the operations with the same values, and bad calls raise
 * Python's own errors naming the function and the argument, before any operation runs.
 */
class JythonKeywordArgumentsTest {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private ScriptConsole console;

    @BeforeEach
    void bindRecordingOperations() {
        SessionOperations operations = (SessionOperations) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SessionOperations.class},
                (proxy, method, args) -> {
                    calls.add(method.getName() + Arrays.toString(args));
                    return new BasicDataset();
                });
        console = ScriptConsole.create(Map.of(SessionControlModule.SCRIPT_NAMESPACE,
                new SessionsScriptModule(operations)), Map.of());
    }

    @Test
    void positionalAndKeywordKickReachTheGatewayWithTheSameOptions() {
        run("system.sessions.kick('1A2B3C4D', 'Maintenance', 2, True)");
        run("system.sessions.kick('1A2B3C4D', reason='Maintenance', graceSeconds=2, force=True)");
        run("system.sessions.kick(force=True, graceSeconds=2, reason='Maintenance',"
                + " sessionId='1A2B3C4D')");
        run("system.sessions.kick('1A2B3C4D', 'Maintenance', force=True, graceSeconds=2)");

        KickOptions expected = KickOptions.builder().reason("Maintenance").graceSeconds(2)
                .force(true).build();
        assertThat(calls).hasSize(4).containsOnly("kick[1A2B3C4D, " + expected + "]");
    }

    @Test
    void positionalAndKeywordListGiveTheSameFilter() {
        run("system.sessions.list('bob', 'Plant', 'client')");
        run("system.sessions.list(user='bob', project='Plant', scope='client')");
        run("system.sessions.list(scope='client', user='bob', project='Plant')");

        SessionFilter expected = SessionFilter.of("bob", "Plant", SessionScope.CLIENT);
        assertThat(calls).hasSize(3).containsOnly("listSessions[" + expected + "]");
    }

    @Test
    void omittedArgumentsTakeTheirDefaults() {
        run("system.sessions.kick('1A2B3C4D')");
        run("system.sessions.list()");

        assertThat(calls).containsExactly(
                "kick[1A2B3C4D, " + KickOptions.builder().build() + "]",
                "listSessions[" + SessionFilter.all() + "]");
    }

    @Test
    void unknownKeywordRaisesTypeErrorNamingFunctionAndKeyword() {
        String error = failure("system.sessions.kick('1A2B3C4D', colour='red')");

        assertThat(error).contains("TypeError: kick() got an unexpected keyword argument"
                + " 'colour'");
        assertThat(calls).isEmpty();
    }

    @Test
    void missingSessionIdRaisesTypeErrorNamingTheArgument() {
        String error = failure("system.sessions.kick(reason='Maintenance')");

        assertThat(error).contains("TypeError: kick() missing required argument 'sessionId'");
        assertThat(calls).isEmpty();
    }

    @Test
    void argumentGivenTwiceRaisesTypeError() {
        String error = failure("system.sessions.kick('1A2B3C4D', sessionId='5E6F7A8B')");

        assertThat(error).contains("TypeError: kick() got multiple values for argument"
                + " 'sessionId'");
        assertThat(calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"graceSeconds='soon'", "graceSeconds=2.5", "graceSeconds=True"})
    void wronglyTypedGraceRaisesTypeErrorNamingTheArgument(String argument) {
        String error = failure("system.sessions.kick('1A2B3C4D', " + argument + ")");

        assertThat(error).contains("TypeError: kick() argument 'graceSeconds' must be an"
                + " integer");
        assertThat(calls).isEmpty();
    }

    @Test
    void wronglyTypedUserRaisesTypeErrorNamingListAndTheArgument() {
        String error = failure("system.sessions.list(user=42)");

        assertThat(error).contains("TypeError: list() argument 'user' must be a string");
        assertThat(calls).isEmpty();
    }

    @Test
    void graceOutOfRangeRaisesValueErrorNamingTheLimit() {
        String error = failure("system.sessions.kick('1A2B3C4D', graceSeconds=-1)");

        assertThat(error).contains("ValueError").contains("graceSeconds").contains("3600");
        assertThat(calls).isEmpty();
    }

    @Test
    void blankSessionIdRaisesValueError() {
        String error = failure("system.sessions.kick('   ')");

        assertThat(error).contains("ValueError: kick() needs a session id");
        assertThat(calls).isEmpty();
    }

    @Test
    void tooManyPositionalArgumentsRaiseTypeError() {
        String error = failure("system.sessions.list('bob', 'Plant', 'client', 'extra')");

        assertThat(error).contains("TypeError: list() takes at most 3 arguments (4 given)");
        assertThat(calls).isEmpty();
    }

    private void run(String source) {
        ScriptConsole.Outcome outcome = console.run(source);
        assertThat(outcome.error()).as(source).isEmpty();
    }

    private String failure(String source) {
        ScriptConsole.Outcome outcome = console.run(source);
        assertThat(outcome.error()).as("%s should raise", source).isPresent();
        return outcome.error().get();
    }
}
