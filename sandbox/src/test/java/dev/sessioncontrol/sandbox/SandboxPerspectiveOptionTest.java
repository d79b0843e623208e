package dev.sessioncontrol.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioncontrol.sandbox.process.Transcript;
import dev.sessioncontrol.sandbox.script.ScriptConsole;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's {@code --no-perspective} option: the gateway's scripting has no
 * {@code system.perspective}, and the module says Perspective is absent; without the option,
 * Perspective is there.
 */
class SandboxPerspectiveOptionTest {
    private final Transcript transcript = new Transcript(new PrintStream(
            new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @Test
    void noPerspectiveOptionRunsAGatewayWithoutPerspective() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.parse(List.of("serve",
                "--no-perspective")), transcript)) {
            ScriptConsole console = sandbox.console();

            assertThat(console.evaluate("system.sessions.isPerspectivePresent()", Boolean.class))
                    .isFalse();
            assertThat(console.evaluate("hasattr(system, 'perspective')", Boolean.class))
                    .isFalse();
            assertThat(console.run("sandbox.perspective.open('bob')").error())
                    .hasValueSatisfying(error -> assertThat(error).contains("--no-perspective"));
        }
    }

    @Test
    void withoutTheOptionPerspectiveSessionsOpenedFromScriptsAreListed() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.parse(List.of("serve")),
                transcript)) {
            ScriptConsole console = sandbox.console();

            console.run("web = sandbox.perspective.open('bob', userAgent='Firefox')");

            assertThat(console.evaluate("system.sessions.isPerspectivePresent()", Boolean.class))
                    .isTrue();
            assertThat(console.evaluate("system.sessions.list(user='bob').getValueAt(0, 'id')"
                    + " == web", Boolean.class)).isTrue();
            assertThat(console.evaluate("system.sessions.list(user='bob').getValueAt(0,"
                    + " 'device')", String.class)).isEqualTo("Firefox");
        }
    }
}
