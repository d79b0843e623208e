package dev.sessioncontrol.sandbox.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.BasicDataset;
import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.SessionControlException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScriptConsoleTest {
    private ScriptConsole console;

    /** A stand-in module whose one function refuses, as a gateway refuses an unknown id. */
    public static final class RefusingModule {
        /** Always refuses. */
        public Dataset kick(String sessionId) {
            throw new SessionControlException(SessionControlException.Kind.NOT_FOUND,
                    "No session has id '" + sessionId + "'");
        }

        /** Returns a reason with letters beyond ASCII. */
        public String reason() {
            return "Wartung \u2013 K\u00fchlhaus geschlossen";
        }

        /** Returns a small table. */
        public Dataset list() {
            return new BasicDataset(List.of("id", "user"), List.of(String.class, String.class),
                    new Object[][] {{"1A2B3C4D", "5E6F7A8B"}, {"alice", "Jos\u00e9"}});
        }
    }

    @BeforeEach
    void bindModule() {
        console = ScriptConsole.create(Map.of("system.sessions", new RefusingModule()),
                Map.of("greeting", "hello"));
    }

    @Test
    void printsTheValueOfAnExpressionAsPythonsPromptDoes() {
        ScriptConsole.Outcome outcome = console.run("greeting.upper()");

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.output().strip()).isEqualTo("u'HELLO'");
    }

    @Test
    void printTableShowsADatasetAsAlignedText() {
        ScriptConsole.Outcome outcome = console.run("printTable(system.sessions.list())");

        assertThat(outcome.output().lines()).containsExactly("id        user", "--------  -----",
                "1A2B3C4D  alice", "5E6F7A8B  Jos\u00e9", "(2 rows)");
    }

    @Test
    void waitsForTheBodyOfACompoundStatement() {
        assertThat(console.isComplete("for i in range(2):")).isFalse();
        assertThat(console.isComplete("for i in range(2):\n    print i\n")).isTrue();
        assertThat(console.isComplete("x = 1")).isTrue();
    }

    @Test
    void printsTextBeyondAsciiAsItIs() {
        List<ScriptConsole.Outcome> outcomes = Stream.of("print system.sessions.reason()",
                "print u'Jos\\xe9'", "print 'Jos\u00e9'",
                "import sys; sys.stderr.write(u'\\u00fcber\\n')").map(console::run).toList();

        assertThat(outcomes).allMatch(ScriptConsole.Outcome::succeeded);
        assertThat(outcomes).flatMap(outcome -> outcome.output().lines().toList()).containsExactly(
                "Wartung \u2013 K\u00fchlhaus geschlossen", "Jos\u00e9", "Jos\u00e9",
                "\u00fcber");
    }

    @Test
    void anInputThatCanNeverCompileIsCompleteAndRunningItReportsWhy() {
        String loneSurrogate = "x = u\"\\ud800\"";

        boolean complete = console.isComplete(loneSurrogate);
        ScriptConsole.Outcome outcome = console.run(loneSurrogate);

        assertThat(complete).isTrue();
        assertThat(outcome.error()).get().asString().contains("UnicodeDecodeError");
    }

    @Test
    void anUnfinishedBlockRunAsItStandsReportsTheSyntaxError() {
        ScriptConsole.Outcome outcome = console.run("for i in range(2):");

        assertThat(outcome.error()).get().asString().contains("SyntaxError");
    }

    @Test
    void describesARefusedOperationByItsKindAndMessageWithoutAJavaStack() {
        ScriptConsole.Outcome outcome = console.run("system.sessions.kick('0BADC0DE')");

        assertThat(outcome.error()).hasValue(
                "SessionControlException (NOT_FOUND): No session has id '0BADC0DE'");
    }

    @Test
    void reportsPythonErrorsWithPythonsTraceback() {
        ScriptConsole.Outcome outcome = console.run("undefinedName + 1");

        assertThat(outcome.error()).get().asString().startsWith("Traceback")
                .contains("NameError: name 'undefinedName' is not defined");
    }
}
