package dev.sessioncontrol.gateway.perspective;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.script.ScriptManager;
import dev.sessioncontrol.gateway.perspective.FakePerspective.Closing;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

class ScriptedPerspectiveSessionsTest {
    private final JythonScriptManager scripts = JythonScriptManager.withPerspective();
    private final FakePerspective perspective = scripts.perspective();
    private final PerspectiveSessions sessions = new ScriptedPerspectiveSessions(scripts);

    private static Map<String, PerspectiveSession> byId(List<PerspectiveSession> sessions) {
        return sessions.stream().collect(Collectors.toMap(PerspectiveSession::id,
                Function.identity()));
    }

    @Test
    void listsEverySessionWithTheFieldsPerspectiveReports() {
        perspective.add(
                SessionInfo.browser("p-1").user("bob").project("Plant").address("10.0.0.5")
                        .userAgent("Mozilla/5.0 Chrome/120").uptimeMillis(125_500)
                        .lastCommMillis(4_200),
                SessionInfo.browser("p-2").user("Unauthenticated").project("Yard")
                        .address("10.0.0.6").userAgent("Perspective/8.1 iOS").scope("iOS")
                        .uptimeMillis(7_000).lastCommMillis(0),
                SessionInfo.browser("p-3").user("carol").project("Lab").address("10.0.0.7")
                        .userAgent("Perspective/8.1 Android").scope("Android")
                        .uptimeMillis(86_400_000L).lastCommMillis(600_000));

        List<PerspectiveSession> listed = sessions.list();

        assertThat(listed).extracting(PerspectiveSession::id)
                .containsExactly("p-1", "p-2", "p-3");
        PerspectiveSession first = listed.get(0);
        assertThat(first.user()).isEqualTo("bob");
        assertThat(first.project()).isEqualTo("Plant");
        assertThat(first.address()).isEqualTo("10.0.0.5");
        assertThat(first.userAgent()).isEqualTo("Mozilla/5.0 Chrome/120");
        assertThat(first.uptimeMillis()).isEqualTo(125_500);
        assertThat(first.idleMillis()).isEqualTo(4_200);
        assertThat(first.isDesignerHosted()).isFalse();
        assertThat(listed).extracting(PerspectiveSession::user)
                .containsExactly("bob", "Unauthenticated", "carol");
        assertThat(listed).extracting(PerspectiveSession::project)
                .containsExactly("Plant", "Yard", "Lab");
        assertThat(listed).extracting(PerspectiveSession::uptimeMillis)
                .containsExactly(125_500L, 7_000L, 86_400_000L);
        assertThat(listed).extracting(PerspectiveSession::idleMillis)
                .containsExactly(4_200L, 0L, 600_000L);
    }

    @Test
    void theDesignerScopeMarksASessionHostedByADesigner() {
        perspective.add(SessionInfo.inDesigner("p-d"), SessionInfo.browser("p-b"));

        Map<String, PerspectiveSession> listed = byId(sessions.list());

        assertThat(listed.get("p-d").isDesignerHosted()).isTrue();
        assertThat(listed.get("p-b").isDesignerHosted()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"browser", "iOS", "Android", ""})
    void otherScopesAreNotDesignerHosted(String scope) {
        perspective.add(SessionInfo.browser("p-1").scope(scope));

        assertThat(sessions.list()).singleElement()
                .satisfies(s -> assertThat(s.isDesignerHosted()).isFalse());
    }

    @Test
    void missingKeysLeaveEmptyTextAndZeroTimes() {
        perspective.add(SessionInfo.browser("p-bare").without("username", "project",
                "clientAddress", "userAgent", "uptime", "lastComm", "sessionScope"),
                SessionInfo.browser("p-full").user("bob"));

        Map<String, PerspectiveSession> listed = byId(sessions.list());

        assertThat(listed).containsOnlyKeys("p-bare", "p-full");
        assertBare(listed.get("p-bare"));
        assertThat(listed.get("p-full").user()).isEqualTo("bob");
    }

    @Test
    void noneValuesLeaveEmptyTextAndZeroTimes() {
        perspective.add(SessionInfo.browser("p-none").user(null).project(null).address(null)
                .userAgent(null).scope(null).with("uptime", null).with("lastComm", null),
                SessionInfo.browser("p-full").user("bob"));

        Map<String, PerspectiveSession> listed = byId(sessions.list());

        assertThat(listed).containsOnlyKeys("p-none", "p-full");
        assertBare(listed.get("p-none"));
    }

    private static void assertBare(PerspectiveSession session) {
        assertThat(session.user()).isEmpty();
        assertThat(session.project()).isEmpty();
        assertThat(session.address()).isEmpty();
        assertThat(session.userAgent()).isEmpty();
        assertThat(session.uptimeMillis()).isZero();
        assertThat(session.idleMillis()).isZero();
        assertThat(session.isDesignerHosted()).isFalse();
    }

    @Test
    void timesThatAreNotNumbersCountAsZeroWithoutBreakingTheListing() {
        perspective.add(SessionInfo.browser("p-1").with("uptime", "soon")
                .with("lastComm", "never").user("bob"));

        PerspectiveSession listed = sessions.list().get(0);

        assertThat(listed.user()).isEqualTo("bob");
        assertThat(listed.uptimeMillis()).isZero();
        assertThat(listed.idleMillis()).isZero();
    }

    @Test
    void fractionalMillisecondsAreRead() {
        perspective.add(SessionInfo.browser("p-1").with("uptime", 2500.75)
                .with("lastComm", 10.5));

        PerspectiveSession listed = sessions.list().get(0);

        assertThat(listed.uptimeMillis()).isEqualTo(2500);
        assertThat(listed.idleMillis()).isEqualTo(10);
    }

    @Test
    void anEntryWithoutIdIsLeftOutAndTheOthersAreListed() {
        perspective.add(SessionInfo.browser("p-1"), SessionInfo.browser("lost").without("id"),
                SessionInfo.browser("p-2"), SessionInfo.browser("blank").with("id", null));

        assertThat(sessions.list()).extracting(PerspectiveSession::id)
                .containsExactly("p-1", "p-2");
    }

    @Test
    void aFailingGetSessionInfoListsNothingAndRaisesNothing() {
        perspective.add(SessionInfo.browser("p-1"));
        perspective.failListing();

        assertThat(sessions.list()).isEmpty();
    }

    @Test
    void perspectiveIsPresentWhenSystemPerspectiveExists() {
        assertThat(sessions.isPresent()).isTrue();
    }

    @Test
    void withoutSystemPerspectiveNothingIsPresentOrListed() {
        PerspectiveSessions absent =
                new ScriptedPerspectiveSessions(JythonScriptManager.withoutPerspective());

        assertThat(absent.isPresent()).isFalse();
        assertThat(absent.list()).isEmpty();
    }

    @Test
    void withoutSystemPerspectiveCloseReportsFailure() {
        PerspectiveSessions absent =
                new ScriptedPerspectiveSessions(JythonScriptManager.withoutPerspective());

        assertThat(absent.close("p-1", "Shift change")).isFalse();
    }

    @Test
    void closeCallsCloseSessionWithExactlyThatIdAndMessage() {
        perspective.add(SessionInfo.browser("p-1"), SessionInfo.browser("p-2"));

        boolean closed = sessions.close("p-2", "Shift change");

        assertThat(closed).isTrue();
        assertThat(perspective.closings()).containsExactly(new Closing("p-2", "Shift change"));
        assertThat(sessions.list()).extracting(PerspectiveSession::id).containsExactly("p-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He said \"stop\" and it's 'done'",
        "line one\nline two\r\n\tindented",
        "Größe Ω 温度 – ✓ \uD83D\uDE42",
        "'); system.perspective.closeSession(sessionId='other') #",
        "\"\"\" ''' \\ \\n %s {0}",
    })
    void hostileTextArrivesUnchangedAndIsNeverPartOfTheCode(String text) {
        String id = "p-" + text;
        perspective.add(SessionInfo.browser(id));

        boolean closed = sessions.close(id, text);

        assertThat(closed).isTrue();
        assertThat(perspective.closings()).containsExactly(new Closing(id, text));
        assertThat(scripts.codeRun()).isNotEmpty()
                .noneMatch(code -> code.contains(text));
    }

    @Test
    void aScriptManagerThatFailsOutrightMeansAbsentWithoutRaising() {
        PerspectiveSessions broken = new ScriptedPerspectiveSessions(
                new ScriptManager("gateway", null) {
                    @Override
                    public PyStringMap createLocalsMap() {
                        return new PyStringMap();
                    }

                    @Override
                    public PyStringMap getGlobals() {
                        return new PyStringMap();
                    }

                    @Override
                    public void runCode(String code, PyObject locals, PyObject globals,
                            String filename) {
                        throw new IllegalStateException("script engine stopped");
                    }
                });

        assertThat(broken.isPresent()).isFalse();
        assertThat(broken.list()).isEmpty();
        assertThat(broken.close("p-1", "Shift change")).isFalse();
    }

    @Test
    void aScriptErrorInCloseSessionReportsFailureWithoutRaising() {
        perspective.add(SessionInfo.browser("p-1"));
        perspective.failClosing();

        boolean closed = sessions.close("p-1", "Shift change");

        assertThat(closed).isFalse();
        assertThat(perspective.closings()).isEmpty();
    }
}
