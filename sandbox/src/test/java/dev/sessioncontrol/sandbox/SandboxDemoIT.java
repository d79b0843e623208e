package dev.sessioncontrol.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's demo as a user does, {@code java -jar session-control-sandbox.jar demo},
 * and reads its transcript.
 */
class SandboxDemoIT {
    // A bound for two slow shared cores; the demo itself takes well under 30 s.
    private static final long DEMO_TIMEOUT_SECONDS = 240;
    private static final String LIST_LINE = ">>> printTable(system.sessions.list())";

    private Process demo;

    @AfterEach
    void stopDemo() throws InterruptedException {
        if (demo != null && demo.isAlive()) {
            demo.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void demoKicksBobListsWithoutHimRejectsForgedOrdersAndExitsZero() throws Exception {
        demo = new ProcessBuilder(javaCommand(), "-jar", sandboxJar(), "demo")
                .redirectErrorStream(true).start();
        CompletableFuture<String> output = readAll(demo.getInputStream());

        boolean ended = demo.waitFor(DEMO_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(ended).as("the demo ended within %d s", DEMO_TIMEOUT_SECONDS).isTrue();
        List<String> lines = output.get(30, TimeUnit.SECONDS).lines().toList();

        assertThat(demo.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(tableRows(lines, ">>> printTable(system.sessions.kick(bob"))
                .singleElement().asString().contains(" bob ").contains(" sent ");
        assertThat(lines).anyMatch(line -> line.startsWith("[bob] [exit]"));
        assertThat(tableRows(lines, LIST_LINE, 1)).hasSize(3)
                .anyMatch(row -> row.contains(" bob "));
        assertThat(tableRows(lines, LIST_LINE, 2)).hasSize(2)
                .noneMatch(row -> row.contains(" bob "))
                .anyMatch(row -> row.contains(" alice "))
                .anyMatch(row -> row.contains(" carol "));
        assertThat(lines).anyMatch(line -> line.startsWith("[carol]")
                && line.contains("rejected: BAD_SIGNATURE"));
        assertThat(lines).last().asString().doesNotContain("FAILED");
    }

    private static List<String> tableRows(List<String> lines, String echo) {
        return tableRows(lines, echo, 1);
    }

    /**
     * Returns the data rows printed after the given occurrence of a script line: lines that
     * start with a session id, up to the next script line or narration.
     */
    private static List<String> tableRows(List<String> lines, String echo, int occurrence) {
        int seen = 0;
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith(echo) && ++seen == occurrence) {
                start = i + 1;
            }
        }
        assertThat(start).as("the transcript shows '%s' %d time(s)", echo, occurrence)
                .isPositive();
        List<String> rows = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(">>>") || line.startsWith("##")) {
                break;
            }
            if (line.matches("[0-9A-F]{8} .*")) {
                rows.add(line + " ");
            }
        }
        return rows;
    }

    private static CompletableFuture<String> readAll(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(output unreadable: " + e + ")";
            }
        });
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
