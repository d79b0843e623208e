package dev.sessioncontrol.common.script;

import static dev.sessioncontrol.common.script.Jython.args;
import static dev.sessioncontrol.common.script.Jython.keywords;
import static dev.sessioncontrol.common.script.Jython.raises;
import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.Dataset;
import com.inductiveautomation.ignition.common.script.builtin.KeywordArgs;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionScope;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.python.core.Py;
import org.python.core.PyString;

class SessionsScriptModuleTest {
    private final RecordingOperations operations = new RecordingOperations();
    private final SessionsScriptModule sessions = new SessionsScriptModule(operations);

    @BeforeAll
    static void startJython() {
        Jython.start();
    }

    @Test
    void kickByKeywordsReachesTheOperationsWithEveryOption() {
        sessions.kick(args("abc", "Shift change", 30, true),
                keywords("sessionId", "reason", "graceSeconds", "force"));

        assertThat(operations.calls()).containsExactly("kick");
        assertThat(operations.target()).isEqualTo("abc");
        assertThat(operations.options()).isEqualTo(KickOptions.builder()
                .reason("Shift change").graceSeconds(30).force(true).build());
    }

    @Test
    void positionalAndKeywordFormsGiveTheSameKick() {
        RecordingOperations byPosition = new RecordingOperations();
        new SessionsScriptModule(byPosition).kick(args("abc", "x", 5, true), keywords());

        sessions.kick(args("abc", true, 5, "x"),
                keywords("force", "graceSeconds", "reason"));

        assertThat(operations.target()).isEqualTo(byPosition.target()).isEqualTo("abc");
        assertThat(operations.options()).isEqualTo(byPosition.options());
        assertThat(operations.options().graceSeconds()).isEqualTo(5);
    }

    @Test
    void kickTakesPositionalArgumentsFollowedByKeywords() {
        sessions.kick(args("abc", "x", true), keywords("force"));

        assertThat(operations.options())
                .isEqualTo(KickOptions.builder().reason("x").force(true).build());
    }

    @Test
    void kickWithOnlyAnIdUsesTheDefaults() {
        sessions.kick(args("abc"), keywords());

        assertThat(operations.options()).isEqualTo(KickOptions.builder().build());
    }

    @Test
    void kickReturnsTheDatasetOfTheOperations() {
        Dataset result = sessions.kick(args("abc"), keywords());

        assertThat(result).isSameAs(operations.answer());
    }

    @Test
    void kickPassesTheSessionIdExactlySoNoCharacterIsHidden() {
        sessions.kick(args("\u0000abc "), keywords());

        assertThat(operations.target()).isEqualTo("\u0000abc ");
    }

    @Test
    void kickAcceptsPythonLongAndIntegerFlags() {
        sessions.kick(args("abc", Py.newLong(7), Py.newInteger(1)),
                keywords("graceSeconds", "force"));

        assertThat(operations.options().graceSeconds()).isEqualTo(7);
        assertThat(operations.options().isForce()).isTrue();
    }

    @Test
    void kickWithoutAnIdIsATypeErrorNamingIt() {
        String message = raises(Py.TypeError,
                () -> sessions.kick(args("x", 5), keywords("reason", "graceSeconds")));

        assertThat(message).contains("kick()").contains("'sessionId'");
        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void kickWithNoArgumentsAtAllIsATypeError() {
        raises(Py.TypeError, () -> sessions.kick(args(), keywords()));

        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void blankIdIsAValueError() {
        String message = raises(Py.ValueError, () -> sessions.kick(args("   "), keywords()));

        assertThat(message).contains("session id");
        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void noneAsTheIdIsAValueError() {
        raises(Py.ValueError, () -> sessions.kick(args(Py.None), keywords()));

        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void unknownKeywordIsATypeErrorNamingIt() {
        String message = raises(Py.TypeError,
                () -> sessions.kick(args("abc", 5), keywords("graceSecs")));

        assertThat(message).contains("'graceSecs'");
        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void argumentGivenTwiceIsATypeErrorNamingIt() {
        String message = raises(Py.TypeError,
                () -> sessions.kick(args("abc", "def"), keywords("sessionId")));

        assertThat(message).contains("'sessionId'");
        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void tooManyPositionalArgumentsIsATypeError() {
        int declared = declaredKeywords("kick").length;
        Object[] values = new Object[declared + 1];
        Arrays.fill(values, Py.None);
        values[0] = "abc";

        String message = raises(Py.TypeError, () -> sessions.kick(args(values), keywords()));

        assertThat(message).contains("at most " + declared);
        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void kickPassesTheSelfDesignerAndLockoutChoices() {
        sessions.kick(args("abc", true, true, 15),
                keywords("includeSelf", "includeDesigners", "lockoutMinutes"));

        assertThat(operations.options()).isEqualTo(KickOptions.builder()
                .includeSelf(true).includeDesigners(true).lockoutMinutes(15).build());
    }

    @Test
    void lockoutOutOfRangeIsAValueError() {
        raises(Py.ValueError, () -> sessions.kick(
                args("abc", KickOptions.MAX_LOCKOUT_MINUTES + 1), keywords("lockoutMinutes")));
        raises(Py.ValueError, () -> sessions.kick(args("abc", -1), keywords("lockoutMinutes")));

        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void kickUserReachesTheOperationsWithTheUserTheOptionsAndTheException() {
        sessions.kickUser(args("bob", "Shift change", 30, "S7"),
                keywords("reason", "graceSeconds", "exceptSessionId"));

        assertThat(operations.calls()).containsExactly("kickUser");
        assertThat(operations.target()).isEqualTo("bob");
        assertThat(operations.exceptSessionId()).isEqualTo("S7");
        assertThat(operations.options()).isEqualTo(
                KickOptions.builder().reason("Shift change").graceSeconds(30).build());
    }

    @Test
    void kickUserByPositionMatchesKickUserByKeyword() {
        RecordingOperations byKeyword = new RecordingOperations();
        new SessionsScriptModule(byKeyword).kickUser(args("x", 5, true, "bob"),
                keywords("reason", "graceSeconds", "force", "username"));

        sessions.kickUser(args("bob", "x", 5, true), keywords());

        assertThat(operations.target()).isEqualTo(byKeyword.target());
        assertThat(operations.options()).isEqualTo(byKeyword.options());
        assertThat(operations.exceptSessionId()).isNull();
    }

    @Test
    void kickUserWithoutAUserIsATypeErrorAndWithABlankOneAValueError() {
        assertThat(raises(Py.TypeError, () -> sessions.kickUser(args(), keywords())))
                .contains("'username'");
        raises(Py.ValueError, () -> sessions.kickUser(args(" "), keywords()));

        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void kickAllWithoutArgumentsTargetsEveryProjectWithDefaultOptions() {
        sessions.kickAll(args(), keywords());

        assertThat(operations.calls()).containsExactly("kickAll");
        assertThat(operations.target()).isNull();
        assertThat(operations.options()).isEqualTo(KickOptions.builder().build());
    }

    @Test
    void kickAllPassesTheProjectAndOptions() {
        sessions.kickAll(args("Plant", 60, true), keywords("project", "graceSeconds", "force"));

        assertThat(operations.target()).isEqualTo("Plant");
        assertThat(operations.options())
                .isEqualTo(KickOptions.builder().graceSeconds(60).force(true).build());
    }

    @Test
    void historyPassesTheLimit() {
        sessions.history(args(5), keywords("limit"));

        assertThat(operations.calls()).containsExactly("history");
        assertThat(operations.limit()).isEqualTo(5);
    }

    @Test
    void historyWithoutALimitAsksForSomeOrders() {
        sessions.history(args(), keywords());

        assertThat(operations.limit()).isPositive();
    }

    @Test
    void historyLimitBelowOneIsAValueErrorAndTextATypeError() {
        raises(Py.ValueError, () -> sessions.history(args(0), keywords("limit")));
        assertThat(raises(Py.TypeError, () -> sessions.history(args("ten"), keywords("limit"))))
                .contains("'limit'");

        assertThat(operations.calls()).isEmpty();
    }

    private static String[] declaredKeywords(String function) {
        for (Method method : SessionsScriptModule.class.getMethods()) {
            if (method.getName().equals(function)) {
                return method.getAnnotation(KeywordArgs.class).names();
            }
        }
        throw new AssertionError("no function " + function);
    }

    @Test
    void textWhereAnIntegerBelongsIsATypeErrorNamingTheArgument() {
        String message = raises(Py.TypeError,
                () -> sessions.kick(args("abc", "30"), keywords("graceSeconds")));

        assertThat(message).contains("'graceSeconds'").contains("integer");
    }

    @Test
    void floatOrBooleanGraceIsATypeError() {
        raises(Py.TypeError, () -> sessions.kick(args("abc", 2.5), keywords("graceSeconds")));
        raises(Py.TypeError, () -> sessions.kick(args("abc", true), keywords("graceSeconds")));

        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void numberWhereTextBelongsIsATypeErrorNamingTheArgument() {
        assertThat(raises(Py.TypeError, () -> sessions.kick(args(42), keywords())))
                .contains("'sessionId'");
        assertThat(raises(Py.TypeError, () -> sessions.kick(args("abc", 42),
                keywords("reason")))).contains("'reason'");
    }

    @Test
    void forceMustBeTrueOrFalse() {
        assertThat(raises(Py.TypeError, () -> sessions.kick(args("abc", "yes"),
                keywords("force")))).contains("'force'");
        assertThat(raises(Py.TypeError, () -> sessions.kick(args("abc", 2),
                keywords("force")))).contains("'force'");
    }

    @Test
    void graceOutOfRangeIsAValueError() {
        raises(Py.ValueError, () -> sessions.kick(args("abc", -1), keywords("graceSeconds")));
        raises(Py.ValueError, () -> sessions.kick(args("abc", KickOptions.MAX_GRACE_SECONDS + 1),
                keywords("graceSeconds")));

        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void graceBeyondAJavaIntIsAValueError() {
        String message = raises(Py.ValueError, () -> sessions.kick(
                args("abc", Py.newLong(BigInteger.ONE.shiftLeft(40))), keywords("graceSeconds")));

        assertThat(message).contains("'graceSeconds'");
        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void reasonOverTheLimitIsAValueError() {
        String tooLong = "r".repeat(KickOptions.MAX_REASON_CHARS + 1);

        raises(Py.ValueError, () -> sessions.kick(args("abc", tooLong), keywords("reason")));

        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void listWithoutFiltersAsksForEverySession() {
        Dataset result = sessions.list(args(), keywords());

        assertThat(operations.calls()).containsExactly("listSessions");
        assertThat(operations.filter()).isEqualTo(SessionFilter.all());
        assertThat(result).isSameAs(operations.answer());
    }

    @Test
    void listFiltersReachTheOperations() {
        sessions.list(args("alice", "Plant", "designer"),
                keywords("user", "project", "scope"));

        assertThat(operations.filter())
                .isEqualTo(SessionFilter.of("alice", "Plant", SessionScope.DESIGNER));
    }

    @Test
    void listTakesItsFiltersByPosition() {
        sessions.list(args("alice", "Plant", "client"), keywords());

        assertThat(operations.filter())
                .isEqualTo(SessionFilter.of("alice", "Plant", SessionScope.CLIENT));
    }

    @Test
    void scopeIsParsedWithoutRegardToCase() {
        sessions.list(args(new PyString("Designer")), keywords("scope"));

        assertThat(operations.filter().scope()).contains(SessionScope.DESIGNER);
    }

    @Test
    void unknownScopeIsAValueErrorNamingIt() {
        String message = raises(Py.ValueError,
                () -> sessions.list(args("gateway"), keywords("scope")));

        assertThat(message).contains("'gateway'");
        assertThat(operations.calls()).isEmpty();
    }

    @Test
    void unknownListKeywordIsATypeErrorNamingIt() {
        String message = raises(Py.TypeError,
                () -> sessions.list(args("alice"), keywords("username")));

        assertThat(message).contains("'username'");
        assertThat(operations.calls()).isEmpty();
    }
}
