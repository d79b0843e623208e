package dev.sessioncontrol.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioncontrol.sandbox.platform.SimulatedPerspective.Visitor;
import dev.sessioncontrol.sandbox.script.ScriptConsole;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The simulated {@code system.perspective}, called as gateway scripts call Perspective. */
class SimulatedPerspectiveTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T08:00:00Z"),
            ZoneOffset.UTC);

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final SimulatedPerspective perspective = new SimulatedPerspective(CLOCK,
            new SecureRandom(), printed::add);
    private final ScriptConsole console = ScriptConsole.create(
            Map.of(SimulatedPerspective.SCRIPT_PATH, perspective.scriptModule()), Map.of());

    @Test
    void sessionInfoHasPerspectivesKeysWithTimesInMilliseconds() {
        String kiosk = perspective.open(new Visitor(null, "Plant", "10.0.0.9", "Kiosk", false));
        perspective.age(kiosk, Duration.ofSeconds(90));

        String info = console.evaluate("', '.join('%s=%s' % (k, s[k]) for s in"
                + " system.perspective.getSessionInfo() for k in sorted(s.keys()))",
                String.class);

        assertThat(info).isEqualTo("clientAddress=10.0.0.9, id=" + kiosk + ", lastComm=90000,"
                + " project=Plant, sessionScope=browser, uptime=90000,"
                + " userAgent=Kiosk, username=Unauthenticated");
    }

    @Test
    void sessionInfoFiltersByUserAndProject() {
        perspective.open(Visitor.browser("bob", "Plant", "Chrome"));
        String bobInLab = perspective.open(Visitor.browser("bob", "Lab", "Chrome"));
        perspective.open(Visitor.browser("dana", "Lab", "Chrome"));

        String ids = console.evaluate("','.join(s['id'] for s in system.perspective"
                + ".getSessionInfo(usernameFilter='bob', projectFilter='Lab'))", String.class);

        assertThat(ids).isEqualTo(bobInLab);
    }

    @Test
    void closeSessionWithKeywordsPrintsTheLineAndRemovesTheSession() {
        String bob = perspective.open(Visitor.browser("bob", "Plant", "Chrome"));

        console.run("system.perspective.closeSession(message='Line\\n2 down', sessionId='"
                + bob + "')");

        assertThat(perspective.sessions()).isEmpty();
        assertThat(printed).containsExactly("[perspective bob] closed: Line\\u000a2 down");
        assertThat(perspective.closures()).extracting(SimulatedPerspective.Closure::message)
                .containsExactly("Line\n2 down");
    }

    @Test
    void aClosedUnauthenticatedSessionIsNamedAsTheListingNamesIt() {
        String kiosk = perspective.open(Visitor.browser("", "Plant", "Kiosk"));

        console.run("system.perspective.closeSession(message='Idle', sessionId='" + kiosk
                + "')");

        assertThat(printed).containsExactly("[perspective unauthenticated] closed: Idle");
    }

    @Test
    void closeSessionWithoutASessionIdOrWithAnUnknownOneRaisesValueError() {
        String bob = perspective.open(Visitor.browser("bob", "Plant", "Chrome"));

        assertThat(console.run("system.perspective.closeSession('Bye')").error())
                .hasValueSatisfying(error -> assertThat(error).contains("ValueError")
                        .contains("sessionId"));
        assertThat(console.run("system.perspective.closeSession('Bye', 'nosuch')").error())
                .hasValueSatisfying(error -> assertThat(error).contains("ValueError")
                        .contains("nosuch"));
        assertThat(perspective.session(bob)).isPresent();
        assertThat(printed).isEmpty();
    }

    @Test
    void agingMovesTheLastContactBackAndNeverForward() {
        String bob = perspective.open(Visitor.browser("bob", "Plant", "Chrome"));

        perspective.age(bob, Duration.ofMinutes(5));

        assertThat(perspective.session(bob).orElseThrow().lastContact())
                .isEqualTo(CLOCK.instant().minus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> perspective.age(bob, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
