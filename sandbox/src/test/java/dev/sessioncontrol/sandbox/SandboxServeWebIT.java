package dev.sessioncontrol.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code java -jar session-control-sandbox.jar serve} as a user does and talks to the web
 * panel it starts, at the login address it prints.
 */
class SandboxServeWebIT {
    // Bounds for two slow shared cores.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final long EXIT_TIMEOUT_SECONDS = 60;
    private static final Pattern ADMIN_LOGIN = Pattern.compile(
            "(http://127\\.0\\.0\\.1:[0-9]+)/sandbox/web-login\\?user=admin");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Process serve;

    @AfterEach
    void stopServe() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void serveStartsTheWebPanelWhoseLoginAndSessionListAnswer() throws Exception {
        serve = new ProcessBuilder(javaCommand(), "-jar", sandboxJar(), "serve", "--clients",
                "0").redirectErrorStream(true).start();
        readLines();

        Matcher login = awaitAdminLogin();
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(
                URI.create(login.group())).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = loggedIn.headers().firstValue("Set-Cookie").orElse(";");
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(login.group(1)
                + "/data/dev.sessioncontrol/me"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(loggedIn.statusCode()).isEqualTo(303);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/status.html"));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"user\":\"admin\"").contains("\"mayKick\":true");

        try (OutputStream in = serve.getOutputStream()) {
            in.write("exit()\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(serve.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).as(String.join("\n", lines)).isZero();
    }

    private Matcher awaitAdminLogin() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                Matcher login = ADMIN_LOGIN.matcher(line);
                if (line.startsWith("## Web panel") && login.find()) {
                    return login;
                }
            }
            assertThat(serve.isAlive()).as(String.join("\n", lines)).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("serve printed no web login address within "
                + START_TIMEOUT.toSeconds() + " s:\n" + String.join("\n", lines));
    }

    private void readLines() {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(
                    serve.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output unreadable: " + e + ")");
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String sandboxJar() {
        String jar = System.getProperty("sandbox.jar");
        assertThat(jar).as("the build passes the packaged jar as -Dsandbox.jar").isNotNull();
        return jar;
    }
}
