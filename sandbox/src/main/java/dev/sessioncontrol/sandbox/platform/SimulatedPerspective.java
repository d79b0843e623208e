package dev.sessioncontrol.sandbox.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyList;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * Perspective as the sandbox gateway's scripts see it: simulated Perspective sessions behind
 * the two gateway functions of the 8.1 scripting API that Session Control calls,
 * {@code system.perspective.getSessionInfo(usernameFilter=None, projectFilter=None)} and
 * {@code system.perspective.closeSession(message=None, sessionId=None)}.
 *
 * <p>Sessions are opened from Java or from the sandbox's scripts, with a user (or none: the
 * session is then "Unauthenticated", as Perspective names it), project, address, user agent,
 * and whether a designer hosts it. Each has a start and a last-contact time on the gateway
 * clock; {@link #age} moves the last contact back, so idle kicks can be tried without waiting.
 * A closed session prints {@code [perspective <user>] closed: <message>} and leaves the list.
 *
 * <p>Limitation: only the keys that Session Control reads are reported (id, username, project,
 * clientAddress, userAgent, uptime, lastComm, sessionScope); pages, views and session
 * properties are not simulated.
 */
public final class SimulatedPerspective {
    /** Where Ignition puts Perspective's gateway functions. */
    public static final String SCRIPT_PATH = "system.perspective";
    /** The user name Perspective reports for a session nobody has logged in to. */
    public static final String UNAUTHENTICATED = "Unauthenticated";
    /** How session listings name nobody, and so how a closed session's line does. */
    private static final String LISTED_UNAUTHENTICATED = "unauthenticated";
    /** The {@code sessionScope} of a session in a browser. */
    public static final String BROWSER = "browser";
    /** The {@code sessionScope} of a session hosted by a designer. */
    public static final String DESIGNER = "designer";

    // Python handles the keyword arguments exactly as Perspective's functions accept them;
    // the Java object behind them takes plain positional values.
    private static final String MODULE_CODE = String.join("\n",
            "def getSessionInfo(usernameFilter=None, projectFilter=None):",
            "    return _sessions.sessionInfo(usernameFilter, projectFilter)",
            "",
            "def closeSession(message=None, sessionId=None):",
            "    if sessionId is None:",
            "        raise ValueError('closeSession() in gateway scope needs sessionId=...')",
            "    _sessions.closeFromScript(sessionId, message)",
            "");

    private final Clock clock;
    private final SecureRandom random;
    private final Consumer<String> output;
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final List<Closure> closures = new ArrayList<>();
    private PyObject module;

    /**
     * Creates Perspective without sessions.
     *
     * @param clock the gateway clock, for start and last-contact times
     * @param random the source of session ids
     * @param output where the line of each closed session goes
     */
    public SimulatedPerspective(Clock clock, SecureRandom random, Consumer<String> output) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.output = Objects.requireNonNull(output, "output");
    }

    /**
     * Opens a session, heard from just now.
     *
     * @param visitor who opens it, from where
     * @return the new session's id
     */
    public synchronized String open(Visitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        String id = newId();
        Instant now = clock.instant();
        sessions.put(id, new Session(id, visitor, now, now));
        return id;
    }

    /**
     * Moves a session's last contact back, as if it had been silent for that long more; its
     * start moves back too where needed, since no session is silent for longer than it exists.
     *
     * @param sessionId the session
     * @param silence how much longer it has been silent
     * @throws IllegalArgumentException if no open session has that id, or the time is negative
     */
    public synchronized void age(String sessionId, Duration silence) {
        if (silence.isNegative()) {
            throw new IllegalArgumentException("A session can only age forward, not by "
                    + silence);
        }
        Session session = require(sessionId);
        Instant contact = session.lastContact().minus(silence);
        Instant started = session.started().isAfter(contact) ? contact : session.started();
        sessions.put(sessionId, new Session(sessionId, session.visitor(), started, contact));
    }

    /**
     * Closes a session: prints its line and removes it, as Perspective's
     * {@code closeSession} does.
     *
     * @param sessionId the session
     * @param message what its user is shown; null for none
     * @throws IllegalArgumentException if no open session has that id
     */
    public void close(String sessionId, String message) {
        Session closed;
        synchronized (this) {
            closed = require(sessionId);
            sessions.remove(sessionId);
            closures.add(new Closure(sessionId, closed.user(), message == null ? "" : message));
        }
        // The listing's word for nobody, not Perspective's, so the two lines match.
        String shown = closed.visitor().user().isEmpty() ? LISTED_UNAUTHENTICATED
                : closed.user();
        output.accept("[perspective " + oneLine(shown) + "] closed: "
                + oneLine(message == null ? "" : message));
    }

    /**
     * Returns the open sessions, oldest first.
     *
     * @return a snapshot of each
     */
    public synchronized List<Session> sessions() {
        return new ArrayList<>(sessions.values());
    }

    /**
     * Finds an open session.
     *
     * @param sessionId the id
     * @return the session, or empty when none is open with that id
     */
    public synchronized Optional<Session> session(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    /** Returns the sessions closed so far, in the order they were closed. */
    public synchronized List<Closure> closures() {
        return new ArrayList<>(closures);
    }

    /**
     * Returns {@code system.perspective}: a Python module whose functions take Perspective's
     * keyword arguments.
     *
     * @return the module, the same on every call
     */
    public synchronized PyObject scriptModule() {
        if (module == null) {
            JythonRuntime.initialize();
            PyStringMap namespace = new PyStringMap();
            namespace.__setitem__("__name__", Py.newString(SCRIPT_PATH));
            namespace.__setitem__("_sessions", Py.java2py(this));
            Py.runCode(Py.compile_flags(MODULE_CODE, "<" + SCRIPT_PATH + ">", CompileMode.exec,
                    new CompilerFlags()), namespace, namespace);
            module = new PyModule(SCRIPT_PATH, namespace);
        }
        return module;
    }

    /**
     * Answers {@code getSessionInfo}: one dictionary per open session, with Perspective's keys.
     * Called by the Python module; scripts call {@code system.perspective.getSessionInfo()}.
     *
     * @param usernameFilter only this user's sessions; null for all
     * @param projectFilter only this project's sessions; null for all
     * @return a list of dictionaries
     */
    public synchronized PyList sessionInfo(String usernameFilter, String projectFilter) {
        Instant now = clock.instant();
        PyList info = new PyList();
        for (Session session : sessions.values()) {
            if ((usernameFilter == null || usernameFilter.equals(session.user()))
                    && (projectFilter == null || projectFilter.equals(session.project()))) {
                info.append(session.toDictionary(now));
            }
        }
        return info;
    }

    /**
     * Answers {@code closeSession}: closes the session or raises Python's {@code ValueError}.
     * Called by the Python module.
     *
     * @param sessionId the session
     * @param message the closing message
     */
    public void closeFromScript(String sessionId, String message) {
        try {
            close(sessionId, message);
        } catch (IllegalArgumentException e) {
            throw Py.ValueError(e.getMessage());
        }
    }

    @Override
    public synchronized String toString() {
        return "SimulatedPerspective{" + sessions.size() + " sessions}";
    }

    private Session require(String sessionId) {
        Session session = sessionId == null ? null : sessions.get(sessionId);
        if (session == null) {
            throw new IllegalArgumentException("No open Perspective session has id '"
                    + oneLine(String.valueOf(sessionId)) + "'");
        }
        return session;
    }

    private String newId() {
        while (true) {
            String id = String.format(Locale.ROOT, "%08x", random.nextInt());
            if (!sessions.containsKey(id)) {
                return id;
            }
        }
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * Who opens a Perspective session, and from where.
     *
     * @param user the logged-in user; empty for nobody ("Unauthenticated")
     * @param project the project
     * @param address the client's address
     * @param userAgent the browser or device
     * @param designerHosted true when a designer hosts the session
     */
    public record Visitor(String user, String project, String address, String userAgent,
            boolean designerHosted) {
        /** Replaces missing names with empty ones. */
        public Visitor {
            user = user == null ? "" : user;
            project = Objects.requireNonNull(project, "project");
            address = address == null ? "" : address;
            userAgent = userAgent == null ? "" : userAgent;
        }

        /**
         * Returns a visitor in a browser on this machine.
         *
         * @param user the user; empty or null for nobody
         * @param project the project
         * @param userAgent the browser
         * @return the visitor
         */
        public static Visitor browser(String user, String project, String userAgent) {
            return new Visitor(user, project, "127.0.0.1", userAgent, false);
        }

        /** Returns this visitor in a designer's Perspective session instead. */
        public Visitor inDesigner() {
            return new Visitor(user, project, address, userAgent, true);
        }
    }

    /**
     * One open session.
     *
     * @param id the session id
     * @param visitor who opened it
     * @param started when it opened
     * @param lastContact when it was last heard from
     */
    public record Session(String id, Visitor visitor, Instant started, Instant lastContact) {
        /** Returns the user as Perspective reports it: "Unauthenticated" for nobody. */
        public String user() {
            return visitor.user().isEmpty() ? UNAUTHENTICATED : visitor.user();
        }

        /** Returns the project. */
        public String project() {
            return visitor.project();
        }

        /** Returns "browser" or "designer". */
        public String scope() {
            return visitor.designerHosted() ? DESIGNER : BROWSER;
        }

        PyDictionary toDictionary(Instant now) {
            PyDictionary info = new PyDictionary();
            info.__setitem__("id", Py.newUnicode(id));
            info.__setitem__("username", Py.newUnicode(user()));
            info.__setitem__("project", Py.newUnicode(project()));
            info.__setitem__("clientAddress", Py.newUnicode(visitor.address()));
            info.__setitem__("userAgent", Py.newUnicode(visitor.userAgent()));
            info.__setitem__("uptime", Py.newLong(millisBetween(started, now)));
            info.__setitem__("lastComm", Py.newLong(millisBetween(lastContact, now)));
            info.__setitem__("sessionScope", Py.newUnicode(scope()));
            return info;
        }

        private static long millisBetween(Instant from, Instant to) {
            return Math.max(0, Duration.between(from, to).toMillis());
        }
    }

    /**
     * A closed session and the message its user was shown.
     *
     * @param id the session id
     * @param user the user as Perspective reported it
     * @param message the closing message
     */
    public record Closure(String id, String user, String message) {
    }
}
