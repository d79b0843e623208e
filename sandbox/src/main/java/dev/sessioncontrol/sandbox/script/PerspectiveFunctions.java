package dev.sessioncontrol.sandbox.script;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.sandbox.platform.DatasetBuilder;
import dev.sessioncontrol.sandbox.platform.SimulatedPerspective;
import dev.sessioncontrol.sandbox.platform.SimulatedPerspective.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyObject;

/**
 * {@code sandbox.perspective} in the sandbox's scripts: opens simulated Perspective sessions
 * on the sandbox gateway, ages them, and lists them as Perspective holds them. Closing is
 * Perspective's own {@code system.perspective.closeSession(message=..., sessionId=...)}.
 *
 * <pre>{@code
 * web = sandbox.perspective.open("bob", userAgent="Chrome 124 on Windows")
 * kiosk = sandbox.perspective.open(None, userAgent="Lobby kiosk", idleSeconds=900)
 * }</pre>
 *
 * <p>These functions exist only in the sandbox; Ignition has no {@code sandbox} object.
 */
public final class PerspectiveFunctions {
    private static final List<String> OPEN_NAMES = List.of("user", "project", "address",
            "userAgent", "designer", "idleSeconds");
    private static final String DEFAULT_AGENT = "Chrome (simulated)";
    private static final String DEFAULT_ADDRESS = "127.0.0.1";

    private final SimulatedPerspective perspective;
    private final Clock clock;
    private final String project;

    /**
     * Creates the functions.
     *
     * @param perspective the sandbox gateway's Perspective
     * @param clock the gateway clock, for idle times
     * @param project the project of sessions opened without one
     */
    public PerspectiveFunctions(SimulatedPerspective perspective, Clock clock, String project) {
        this.perspective = Objects.requireNonNull(perspective, "perspective");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.project = Objects.requireNonNull(project, "project");
    }

    /**
     * Opens a Perspective session: {@code open(user, project=<the sandbox's>,
     * address="127.0.0.1", userAgent="Chrome (simulated)", designer=False, idleSeconds=0)}.
     * A user of None or "" opens an unauthenticated session; {@code designer=True} one hosted
     * by a designer; {@code idleSeconds} makes it silent for that long already.
     *
     * @param args positional and keyword values, as Jython passes them
     * @param keywords the names of the keyword values
     * @return the new session's id
     */
    public String open(PyObject[] args, String[] keywords) {
        KeywordValues call = KeywordValues.parse("open", OPEN_NAMES, args, keywords);
        int idleSeconds = call.integer("idleSeconds", 0);
        if (idleSeconds < 0) {
            throw Py.ValueError("open() idleSeconds must be 0 or more, was " + idleSeconds);
        }
        Visitor visitor = new Visitor(call.text("user", ""), call.text("project", project),
                call.text("address", DEFAULT_ADDRESS), call.text("userAgent", DEFAULT_AGENT),
                call.flag("designer", false));
        String id = perspective.open(visitor);
        perspective.age(id, Duration.ofSeconds(idleSeconds));
        return id;
    }

    /**
     * Makes a session silent for that many seconds more, as if nobody had touched it.
     *
     * @param sessionId the session
     * @param seconds how much longer it has been silent
     * @throws IllegalArgumentException if no open session has that id
     */
    public void age(String sessionId, int seconds) {
        perspective.age(sessionId, Duration.ofSeconds(seconds));
    }

    /** Returns the open sessions as Perspective holds them, oldest first. */
    public Dataset sessions() {
        DatasetBuilder table = new DatasetBuilder()
                .column("id", String.class)
                .column("username", String.class)
                .column("project", String.class)
                .column("clientAddress", String.class)
                .column("userAgent", String.class)
                .column("sessionScope", String.class)
                .column("idleSeconds", Long.class);
        for (SimulatedPerspective.Session session : perspective.sessions()) {
            table.row(session.id(), session.user(), session.project(),
                    session.visitor().address(), session.visitor().userAgent(),
                    session.scope(),
                    Duration.between(session.lastContact(), clock.instant()).getSeconds());
        }
        return table.build();
    }

    @Override
    public String toString() {
        return "sandbox.perspective";
    }
}
