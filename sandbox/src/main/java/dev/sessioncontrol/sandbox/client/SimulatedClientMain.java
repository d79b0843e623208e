package dev.sessioncontrol.sandbox.client;

import dev.sessioncontrol.client.ClientHook;
import dev.sessioncontrol.designer.DesignerHook;
import dev.sessioncontrol.sandbox.platform.CapturingScriptManager;
import dev.sessioncontrol.sandbox.platform.SandboxClientContext;
import dev.sessioncontrol.sandbox.platform.SandboxDesignerContext;
import dev.sessioncontrol.sandbox.wire.ClientIdentity;
import dev.sessioncontrol.sandbox.wire.CommandLineText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A simulated Vision client, run as its own process: logs in to the sandbox gateway over HTTP,
 * then runs the real Session Control client hook on an HTTP platform, until it is kicked, its
 * session ends, or its parent sandbox goes away. On exit it logs out.
 *
 * <p>Script lines the sandbox writes to its standard input run in its own client-scope Jython,
 * where {@code system.sessions} is the module the hook added (see {@link ClientScriptConsole}).
 *
 * <p>With {@code --designer} it plays a designer instead, running the real designer hook, which
 * registers too; the gateway ends a designer only when a kick names designers explicitly.
 *
 * <p>Exit codes: 0 after an exit order or a normal stop, 2 for bad arguments or a refused
 * login, 3 when the gateway ended the session or went away, 4 when the parent sandbox ended.
 */
public final class SimulatedClientMain {
    /** Exit code for bad arguments or a refused login. */
    public static final int EXIT_USAGE = 2;
    /** Exit code when the gateway ended the session or became unreachable. */
    public static final int EXIT_CONNECTION_LOST = 3;
    /** Exit code when the sandbox that started this client ended. */
    public static final int EXIT_PARENT_GONE = 4;

    private SimulatedClientMain() {
    }

    /**
     * Runs the client.
     *
     * @param args {@code --gateway URL --user NAME [--host NAME] [--project NAME]
     *     [--roles A,B] [--designer] [--veto-shutdown] [--parent-pid PID]}
     * @throws InterruptedException if the main thread is interrupted while the client runs
     */
    public static void main(String[] args) throws InterruptedException {
        // UTF-8 whatever the platform's locale: the sandbox reads this output as UTF-8, and
        // names and reasons may hold any letter.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8));
        ClientArguments arguments;
        try {
            arguments = ClientArguments.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("[client] " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        arguments.parentPid().ifPresent(SimulatedClientMain::exitWithParent);

        GatewayLink link;
        try {
            link = GatewayLink.login(arguments.gateway(), arguments.identity());
        } catch (IOException | IllegalArgumentException e) {
            out.println("[client] Login to " + arguments.gateway() + " failed: " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        ClientIdentity identity = arguments.identity();
        out.println("[client] Logged in as " + PlainText.of(identity.user()) + " on "
                + PlainText.of(identity.host()) + ", project " + PlainText.of(identity.project())
                + ", session " + link.publicId()
                + (arguments.vetoShutdown() ? ", shutdown-intercept script vetoes exits" : ""));

        PollingGatewayConnection connection = new PollingGatewayConnection(link, reason -> {
            out.println("[client] Connection lost: " + reason + "; closing");
            System.exit(EXIT_CONNECTION_LOST);
        });
        Runnable stopHook = identity.designer()
                ? startDesigner(link, connection, out, identity)
                : startClient(link, connection, out, identity, arguments.vetoShutdown());
        connection.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopHook.run();
            connection.stop();
            link.logout();
            out.println("[client] Logged out");
            out.flush();
        }, "logout"));

        new CountDownLatch(1).await();
    }

    private static Runnable startClient(GatewayLink link, PollingGatewayConnection connection,
            PrintStream out, ClientIdentity identity, boolean vetoShutdown) {
        HttpClientPlatform platform = new HttpClientPlatform(link, connection, out, vetoShutdown);
        CapturingScriptManager scriptManager = new CapturingScriptManager("client");
        ClientHook hook = new ClientHook(platform);
        hook.initializeScriptManager(scriptManager);
        hook.startup(new SandboxClientContext(scriptManager, identity.project()), null);
        new ClientScriptConsole(scriptManager, out).serve(System.in);
        return hook::shutdown;
    }

    private static Runnable startDesigner(GatewayLink link, PollingGatewayConnection connection,
            PrintStream out, ClientIdentity identity) {
        HttpClientPlatform platform = new HttpClientPlatform(link, connection, out, false);
        CapturingScriptManager scriptManager = new CapturingScriptManager("designer");
        DesignerHook hook = new DesignerHook(platform);
        hook.initializeScriptManager(scriptManager);
        hook.startup(new SandboxDesignerContext(scriptManager, identity.project()), null);
        new ClientScriptConsole(scriptManager, out).serve(System.in);
        return hook::shutdown;
    }

    private static void exitWithParent(long parentPid) {
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> System.exit(EXIT_PARENT_GONE)),
                () -> System.exit(EXIT_PARENT_GONE));
    }

    /** The parsed command line of a simulated client. */
    record ClientArguments(URI gateway, ClientIdentity identity, boolean vetoShutdown,
            java.util.OptionalLong parentPid) {
        static ClientArguments parse(List<String> args) {
            URI gateway = null;
            String user = null;
            String host = "";
            String project = "";
            List<String> roles = List.of();
            boolean designer = false;
            boolean veto = false;
            java.util.OptionalLong parent = java.util.OptionalLong.empty();
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                switch (option) {
                    case "--gateway" -> gateway = URI.create(value(args, ++i, option));
                    case "--user" -> user = text(args, ++i, option);
                    case "--host" -> host = text(args, ++i, option);
                    case "--project" -> project = text(args, ++i, option);
                    case "--roles" -> roles = splitRoles(value(args, ++i, option));
                    case "--designer" -> designer = true;
                    case "--veto-shutdown" -> veto = true;
                    case "--parent-pid" -> parent = java.util.OptionalLong.of(
                            parsePid(value(args, ++i, option)));
                    default -> throw new IllegalArgumentException("Unknown option '" + option
                            + "'; expected --gateway, --user, --host, --project, --roles,"
                            + " --designer, --veto-shutdown or --parent-pid");
                }
            }
            if (gateway == null || user == null) {
                throw new IllegalArgumentException("--gateway URL and --user NAME are required");
            }
            return new ClientArguments(gateway,
                    new ClientIdentity(user, host, project, roles, designer), veto, parent);
        }

        private static String value(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }

        /** Returns a name, which the sandbox passes in {@link CommandLineText}'s form. */
        private static String text(List<String> args, int index, String option) {
            return CommandLineText.decode(value(args, index, option));
        }

        private static List<String> splitRoles(String text) {
            return Arrays.stream(text.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                    .map(CommandLineText::decode).toList();
        }

        private static long parsePid(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--parent-pid must be a process id, not '"
                        + text + "'");
            }
        }
    }
}
