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
 * and reads its transcript: carol's client-scope kick is denied, the admin's kick from his
 * client ends alice, kickUser ends bob's client and Perspective session together, kickIdle
 * closes the kiosk, forged orders are rejected, and admin and carol are still listed.
 */
class SandboxDemoIT {
    // A bound for two slow shared cores; the demo itself takes well under 40 s.
    private static final long DEMO_TIMEOUT_SECONDS = 240;
    private static final String LIST_LINE = ">>> printTable(system.sessions.list())";
    /** A row of a listing or outcome: Vision ids are upper-case hex, Perspective lower-case. */
    private static final String SESSION_ROW = "[0-9A-Fa-f]{8} .*";
    /** A row of the history, which starts with the time of issue. */
    private static final String HISTORY_ROW = "[0-9]{2}:[0-9]{2}:[0-9]{2} .*";

    private Process demo;

    @AfterEach
    void stopDemo() throws InterruptedException {
        if (demo != null && demo.isAlive()) {
            demo.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void demoRefusesCarolEndsAliceBobAndTheKioskKeepsAdminAndCarolAndExitsZero()
            throws Exception {
        demo = new ProcessBuilder(javaCommand(), "-jar", sandboxJar(), "demo")
                .redirectErrorStream(true).start();
        CompletableFuture<String> output = readAll(demo.getInputStream());

        boolean ended = demo.waitFor(DEMO_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(ended).as("the demo ended within %d s", DEMO_TIMEOUT_SECONDS).isTrue();
        List<String> lines = output.get(30, TimeUnit.SECONDS).lines().toList();
        String transcript = String.join("\n", lines);

        assertThat(demo.exitValue()).as(transcript).isZero();
        assertThat(tableRows(lines, "", LIST_LINE, 1)).as(transcript)
                .hasSize(6)
                .anyMatch(row -> row.contains(" perspective ") && row.contains(" bob "))
                .anyMatch(row -> row.contains(" perspective ")
                        && row.contains(" unauthenticated "));

        assertThat(lines).as("carol's kick in her own scope is refused").anyMatch(line ->
                line.startsWith("[carol] SessionControlException (DENIED)"));
        int empty = lines.indexOf(">>> printTable(system.sessions.history())");
        assertThat(empty).as("the history is shown after carol's refused kick")
                .isPositive().isLessThan(lines.indexOf("[admin] " + LIST_LINE));
        assertThat(lines.subList(empty + 1, lines.size()).stream()
                .filter(line -> line.matches("\\(\\d+ rows?\\)")).findFirst())
                .as("the history after carol's refused kick").hasValue("(0 rows)");
        assertThat(tableRows(lines, "[admin] ", "[admin] " + LIST_LINE, 1))
                .as("the admin's list after carol's refused kick still has alice")
                .anyMatch(row -> row.contains(" alice "));

        assertThat(tableRows(lines, "[admin] ", "[admin] >>> printTable(system.sessions.kick(",
                1)).singleElement().asString().contains(" alice ").contains(" sent ");
        assertThat(lines).contains("[alice] [notice] Requested by admin; this client closes in"
                + " 3 s", "[alice] [notice] closing in 1 s", "[alice] [exit] Exiting");

        assertThat(tableRows(lines, "", ">>> printTable(system.sessions.kickUser(\"bob\"", 1))
                .as("one row for each of bob's sessions").hasSize(2)
                .allMatch(row -> row.contains(" bob "))
                .anyMatch(row -> row.contains(" sent "))
                .anyMatch(row -> row.contains(" closed "));
        assertThat(lines).contains("[perspective bob] closed: Badge revoked");
        assertThat(lines).anyMatch(line -> line.startsWith("[bob] [exit]"));

        assertThat(tableRows(lines, "", ">>> printTable(system.sessions.kickIdle(", 1))
                .singleElement().asString().contains(" unauthenticated ").contains(" closed ");
        assertThat(lines).anyMatch(line -> line.startsWith("[perspective unauthenticated]"
                + " closed: "));

        assertThat(lines).anyMatch(line -> line.startsWith("[carol]")
                && line.contains("rejected: BAD_SIGNATURE"));
        assertThat(tableRows(lines, "", ">>> printTable(system.sessions.history())", 2,
                HISTORY_ROW)).hasSize(4)
                .noneMatch(row -> row.contains(" carol "));
        assertThat(tableRows(lines, "", LIST_LINE, 2)).as("the list at the end").hasSize(2)
                .anyMatch(row -> row.contains(" admin "))
                .anyMatch(row -> row.contains(" carol "));
        assertThat(lines).last().asString().doesNotContain("FAILED");
    }

    /**
     * Returns the data rows printed after the given occurrence of a script line: lines with
     * the given source prefix that start with a session id, up to that source's next script
     * line or the next narration.
     */
    private static List<String> tableRows(List<String> lines, String prefix, String echo,
            int occurrence) {
        return tableRows(lines, prefix, echo, occurrence, SESSION_ROW);
    }

    private static List<String> tableRows(List<String> lines, String prefix, String echo,
            int occurrence, String rowPattern) {
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
            if (line.startsWith(prefix + ">>>") || line.startsWith("##")) {
                break;
            }
            if (line.startsWith(prefix)
                    && line.substring(prefix.length()).matches(rowPattern)) {
                rows.add(line.substring(prefix.length()) + " ");
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
