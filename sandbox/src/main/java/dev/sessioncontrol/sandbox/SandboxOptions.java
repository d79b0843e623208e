package dev.sessioncontrol.sandbox;

import java.time.Duration;
import java.util.List;

/**
 * The sandbox's command line: the mode and its settings.
 *
 * @param mode what to run
 * @param port the gateway's HTTP port on 127.0.0.1; 0 for any free port
 * @param clients how many simulated clients {@code serve} starts
 * @param project the project the clients run
 * @param expireAfter how long a session may go without polling before it ends
 * @param vetoShutdown whether the clients of {@code serve} cancel unforced exits
 * @param perspective whether the gateway has (simulated) Perspective
 * @param webPort the web panel's port on 127.0.0.1 in {@code serve}; 0 for any free port
 */
record SandboxOptions(Mode mode, int port, int clients, String project, Duration expireAfter,
        boolean vetoShutdown, boolean perspective, int webPort) {
    /** The most clients {@code serve} starts. */
    static final int MAX_CLIENTS = 20;

    /** What the sandbox runs. */
    enum Mode {
        /** The scripted demonstration. */
        DEMO,
        /** The interactive console. */
        SERVE,
        /** The usage text. */
        HELP
    }

    static final String USAGE = String.join("\n",
            "Usage: java -jar session-control-sandbox.jar [demo|serve] [options]",
            "",
            "A stand-in Ignition gateway on 127.0.0.1 running the real Session Control gateway",
            "hook, with simulated Vision clients, each its own JVM running the real client hook.",
            "",
            "Modes:",
            "  demo    Vision clients and Perspective sessions: a refused kick, an admin's kick",
            "          from his client, kickUser, kickIdle, forged orders rejected; exits 0 when",
            "          every step behaved as expected (the default)",
            "  serve   start the gateway, the web panel and the clients (admin, who holds the",
            "          Administrator role, then alice, bob, ...), then read script lines from",
            "          stdin, e.g. printTable(system.sessions.list()); exit() or EOF quits",
            "",
            "Options:",
            "  --port N            gateway HTTP port on 127.0.0.1 (default 0: any free port)",
            "  --clients N         simulated clients started by serve (default 4, at most "
                    + MAX_CLIENTS + ")",
            "  --project NAME      the clients' project (default Plant)",
            "  --expire-after S    seconds without polling before a session ends (default 10)",
            "  --veto-shutdown     serve: clients cancel exits that are not forced, as a",
            "                      shutdown-intercept script would; only force=True ends them",
            "  --no-perspective    a gateway without Perspective: no system.perspective",
            "  --web-port N        serve: the web panel's port on 127.0.0.1 (default 0: any",
            "                      free port)",
            "  --help              this text",
            "",
            "Scripts see the gateway's system.sessions (list, kick, history, ...) as in",
            "Ignition, printTable(dataset), and the sandbox's own helpers:",
            "  sandbox.clients(), sandbox.startClient(user[, roles]), sandbox.stopClient(user),",
            "  sandbox.clientScript(client, code) (runs code in that client's own scope),",
            "  sandbox.perspective.open(user, userAgent=..., idleSeconds=...),",
            "  sandbox.perspective.sessions(), sandbox.acknowledgements(), sandbox.audit(),",
            "  sandbox.forgeToken(sessionId, reason), sandbox.push(sessionId, message).");

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException naming the bad argument and the accepted form
     */
    static SandboxOptions parse(List<String> args) {
        Mode mode = Mode.DEMO;
        int port = 0;
        int clients = 4;
        String project = "Plant";
        Duration expireAfter = Duration.ofSeconds(10);
        boolean veto = false;
        boolean perspective = true;
        int webPort = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "demo" -> mode = Mode.DEMO;
                case "serve" -> mode = Mode.SERVE;
                case "--help", "-h", "help" -> mode = Mode.HELP;
                case "--port" -> port = number(args, ++i, arg, 0, 65535);
                case "--clients" -> clients = number(args, ++i, arg, 0, MAX_CLIENTS);
                case "--project" -> project = value(args, ++i, arg);
                case "--expire-after" -> expireAfter = Duration.ofSeconds(
                        number(args, ++i, arg, 3, 3600));
                case "--veto-shutdown" -> veto = true;
                case "--no-perspective" -> perspective = false;
                case "--web-port" -> webPort = number(args, ++i, arg, 0, 65535);
                default -> throw new IllegalArgumentException("Unknown argument '" + arg
                        + "'; see --help");
            }
        }
        return new SandboxOptions(mode, port, clients, project, expireAfter, veto, perspective,
                webPort);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value; see --help");
        }
        return args.get(index);
    }

    private static int number(List<String> args, int index, String option, int min, int max) {
        String text = value(args, index, option);
        try {
            int number = Integer.parseInt(text);
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number from " + min
                    + " to " + max + ", not '" + text + "'");
        }
    }
}
