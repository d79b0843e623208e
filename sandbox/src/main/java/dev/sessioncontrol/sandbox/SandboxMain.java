package dev.sessioncontrol.sandbox;

import dev.sessioncontrol.sandbox.process.LinePrefixingStream;
import dev.sessioncontrol.sandbox.process.Transcript;
import dev.sessioncontrol.sandbox.web.SandboxWebServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Runs the Session Control sandbox: a stand-in gateway on 127.0.0.1 with the real gateway hook,
 * and simulated Vision clients, each its own JVM with the real client hook. See
 * {@code --help} for the modes and options. In {@code serve} it also serves the web panel on
 * 127.0.0.1 and prints its login addresses.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    /**
     * Runs the sandbox and exits with its result: 0 on success, 1 when the demo's expectations
     * fail, 2 for bad arguments.
     *
     * @param args {@code [demo|serve] [options]}
     * @throws Exception if the sandbox cannot start
     */
    public static void main(String[] args) throws Exception {
        // UTF-8 whatever the platform's locale, as the clients write and the tests read.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.exit(run(args, out, System.in));
    }

    /**
     * Runs the sandbox.
     *
     * @param args {@code [demo|serve] [options]}
     * @param out where the transcript goes
     * @param in the script lines of {@code serve}
     * @return the exit code
     * @throws IOException if the gateway cannot start or the input fails
     * @throws InterruptedException if interrupted
     */
    static int run(String[] args, PrintStream out, java.io.InputStream in)
            throws IOException, InterruptedException {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (options.mode() == SandboxOptions.Mode.HELP) {
            out.println(SandboxOptions.USAGE);
            return 0;
        }
        Transcript transcript = new Transcript(out);
        // The gateway's log lines (slf4j-simple writes to System.err) join the transcript.
        System.setErr(new PrintStream(new LinePrefixingStream(transcript, "[gateway] "), true,
                StandardCharsets.UTF_8));
        try (Sandbox sandbox = Sandbox.start(options, transcript)) {
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox.fleet()::close,
                    "stop-clients"));
            if (options.mode() == SandboxOptions.Mode.SERVE) {
                transcript.print("## Session Control sandbox: gateway at "
                        + sandbox.server().uri() + " (127.0.0.1 only)");
                SandboxWebServer web = sandbox.startWeb(options.webPort());
                transcript.print("## Web panel (127.0.0.1 only): log in as admin at "
                        + web.loginUri("admin") + " ; as a viewer without kick role at "
                        + web.loginUri("viewer"));
                BufferedReader lines = new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8));
                boolean interactive = in == System.in && System.console() != null;
                return new ServeLoop(sandbox, transcript, options, interactive).run(lines, out);
            }
            return new DemoScenario(sandbox, transcript, options.project()).run();
        }
    }
}
