package dev.sessioncontrol.common.script;

import com.inductiveautomation.ignition.common.Dataset;
import com.inductiveautomation.ignition.common.script.builtin.KeywordArgs;
import com.inductiveautomation.ignition.common.script.hints.ScriptFunction;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.common.rpc.SessionScope;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyObject;

/**
 * The {@code system.sessions} script namespace, the same in the gateway, Vision client and
 * designer scopes. Each scope hands it the operations it may use: the gateway its local ones,
 * clients and designers an RPC proxy that the gateway authorizes on every call.
 *
 * <p>Usage, in any scope:
 * <pre>{@code
 * sessions = system.sessions.list(project="Plant")
 * system.sessions.kick(sessions.getValueAt(0, "id"), reason="Shift change", graceSeconds=30)
 * }</pre>
 *
 * <p>Bad arguments raise Python's {@code TypeError} or {@code ValueError}. A refused operation
 * (unknown id, a session that cannot be kicked, a caller without the role) raises
 * {@link dev.sessioncontrol.common.rpc.SessionControlException}, whose message says what to do.
 */
public final class SessionsScriptModule {
    /** The bundle prefix under which the function docs are found. */
    static final String DOC_PREFIX = "SessionsScriptModule";

    private static final List<Parameter> LIST_PARAMETERS = Arrays.asList(
            Parameter.optional("user", String.class),
            Parameter.optional("project", String.class),
            Parameter.optional("scope", String.class));

    private static final List<Parameter> KICK_PARAMETERS = kickParameters(
            Arrays.asList(Parameter.required("sessionId", String.class)));

    private static final List<Parameter> KICK_USER_PARAMETERS = kickParameters(
            Arrays.asList(Parameter.required("username", String.class)),
            Parameter.optional("exceptSessionId", String.class));

    private static final List<Parameter> KICK_ALL_PARAMETERS = kickParameters(
            Arrays.asList(Parameter.optional("project", String.class)));

    private static final List<Parameter> KICK_IDLE_PARAMETERS = kickParameters(
            Arrays.asList(Parameter.required("idleSeconds", Integer.class),
                    Parameter.optional("unauthenticatedOnly", Boolean.class)));

    private static final List<Parameter> HISTORY_PARAMETERS = Arrays.asList(
            Parameter.optional("limit", Integer.class));

    private static final int DEFAULT_HISTORY_LIMIT = 100;

    private final SessionOperations operations;

    /**
     * Creates the namespace over the given operations.
     *
     * @param operations what this scope may do: local on the gateway, RPC elsewhere
     */
    public SessionsScriptModule(SessionOperations operations) {
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    /**
     * Lists the gateway's sessions: {@code list(user=None, project=None, scope=None)}.
     *
     * @param args positional and keyword values, as Jython passes them
     * @param keywords the names of the keyword values
     * @return a dataset with one row per session
     */
    @ScriptFunction(docBundlePrefix = DOC_PREFIX)
    @KeywordArgs(names = {"user", "project", "scope"},
            types = {String.class, String.class, String.class})
    public Dataset list(PyObject[] args, String[] keywords) {
        ScriptArguments arguments = ScriptArguments.parse("list", LIST_PARAMETERS, args, keywords);
        String scope = arguments.text("scope");
        SessionFilter filter = SessionFilter.of(arguments.text("user"),
                arguments.text("project"), scope == null ? null : parseScope(scope));
        return operations.listSessions(filter);
    }

    /**
     * Orders one session to end: {@code kick(sessionId, reason="", graceSeconds=0,
     * force=False, includeSelf=False, includeDesigners=False, lockoutMinutes=0)}.
     *
     * @param args positional and keyword values, as Jython passes them
     * @param keywords the names of the keyword values
     * @return a dataset with one row: the outcome and the order id
     */
    @ScriptFunction(docBundlePrefix = DOC_PREFIX)
    @KeywordArgs(names = {"sessionId", "reason", "graceSeconds", "force", "includeSelf",
        "includeDesigners", "lockoutMinutes"},
            types = {String.class, String.class, Integer.class, Boolean.class, Boolean.class,
                Boolean.class, Integer.class})
    public Dataset kick(PyObject[] args, String[] keywords) {
        ScriptArguments arguments = ScriptArguments.parse("kick", KICK_PARAMETERS, args, keywords);
        String sessionId = arguments.text("sessionId");
        if (sessionId == null || sessionId.isBlank()) {
            throw Py.ValueError("kick() needs a session id; take one from the 'id' column of "
                    + "system.sessions.list()");
        }
        KickOptions options = kickOptions(arguments);
        // Matched exactly, so a hidden character cannot make one id stand for another.
        return operations.kick(sessionId, options);
    }

    /**
     * Orders every session of one user to end: {@code kickUser(username, reason="",
     * graceSeconds=0, force=False, exceptSessionId=None, includeSelf=False,
     * includeDesigners=False, lockoutMinutes=0)}. The caller's own session and designers are
     * left alone unless included explicitly.
     *
     * @param args positional and keyword values, as Jython passes them
     * @param keywords the names of the keyword values
     * @return a dataset with one row per session of that user
     */
    @ScriptFunction(docBundlePrefix = DOC_PREFIX)
    @KeywordArgs(names = {"username", "reason", "graceSeconds", "force", "exceptSessionId",
        "includeSelf", "includeDesigners", "lockoutMinutes"},
            types = {String.class, String.class, Integer.class, Boolean.class, String.class,
                Boolean.class, Boolean.class, Integer.class})
    public Dataset kickUser(PyObject[] args, String[] keywords) {
        ScriptArguments arguments = ScriptArguments.parse("kickUser", KICK_USER_PARAMETERS,
                args, keywords);
        String username = arguments.text("username");
        if (username == null || username.isBlank()) {
            throw Py.ValueError("kickUser() needs a user name");
        }
        return operations.kickUser(username.strip(), kickOptions(arguments),
                arguments.text("exceptSessionId"));
    }

    /**
     * Orders every session, or every session of one project, to end: {@code kickAll(
     * project=None, reason="", graceSeconds=0, force=False, includeSelf=False,
     * includeDesigners=False, lockoutMinutes=0)}.
     *
     * @param args positional and keyword values, as Jython passes them
     * @param keywords the names of the keyword values
     * @return a dataset with one row per session considered
     */
    @ScriptFunction(docBundlePrefix = DOC_PREFIX)
    @KeywordArgs(names = {"project", "reason", "graceSeconds", "force", "includeSelf",
        "includeDesigners", "lockoutMinutes"},
            types = {String.class, String.class, Integer.class, Boolean.class, Boolean.class,
                Boolean.class, Integer.class})
    public Dataset kickAll(PyObject[] args, String[] keywords) {
        ScriptArguments arguments = ScriptArguments.parse("kickAll", KICK_ALL_PARAMETERS, args,
                keywords);
        return operations.kickAll(arguments.text("project"), kickOptions(arguments));
    }

    /**
     * Orders every session silent for a while to end: {@code kickIdle(idleSeconds,
     * unauthenticatedOnly=False, reason="", graceSeconds=0, force=False, includeSelf=False,
     * includeDesigners=False, lockoutMinutes=0)}. Sessions heard from more recently are left
     * alone; so are the caller's own session and designers unless included explicitly.
     *
     * @param args positional and keyword values, as Jython passes them
     * @param keywords the names of the keyword values
     * @return a dataset with one row per idle session considered
     */
    @ScriptFunction(docBundlePrefix = DOC_PREFIX)
    @KeywordArgs(names = {"idleSeconds", "unauthenticatedOnly", "reason", "graceSeconds",
        "force", "includeSelf", "includeDesigners", "lockoutMinutes"},
            types = {Integer.class, Boolean.class, String.class, Integer.class, Boolean.class,
                Boolean.class, Boolean.class, Integer.class})
    public Dataset kickIdle(PyObject[] args, String[] keywords) {
        ScriptArguments arguments = ScriptArguments.parse("kickIdle", KICK_IDLE_PARAMETERS, args,
                keywords);
        int idleSeconds = arguments.integer("idleSeconds", 0);
        if (idleSeconds < 1) {
            throw Py.ValueError("kickIdle() idleSeconds must be 1 or more, was " + idleSeconds);
        }
        return operations.kickIdle(idleSeconds, arguments.flag("unauthenticatedOnly", false),
                kickOptions(arguments));
    }

    /**
     * Tells whether Perspective is installed on the gateway, so that its sessions are listed:
     * {@code isPerspectivePresent()}.
     *
     * @return true when Perspective sessions are part of the listings
     */
    @ScriptFunction(docBundlePrefix = DOC_PREFIX)
    @KeywordArgs(names = {}, types = {})
    public boolean isPerspectivePresent() {
        return operations.isPerspectivePresent();
    }

    /**
     * Returns the most recent terminate orders, newest first: {@code history(limit=100)}.
     *
     * @param args positional and keyword values, as Jython passes them
     * @param keywords the names of the keyword values
     * @return a dataset with one row per order and what became of it
     */
    @ScriptFunction(docBundlePrefix = DOC_PREFIX)
    @KeywordArgs(names = {"limit"}, types = {Integer.class})
    public Dataset history(PyObject[] args, String[] keywords) {
        ScriptArguments arguments = ScriptArguments.parse("history", HISTORY_PARAMETERS, args,
                keywords);
        int limit = arguments.integer("limit", DEFAULT_HISTORY_LIMIT);
        if (limit < 1) {
            throw Py.ValueError("history() limit must be 1 or more, was " + limit);
        }
        return operations.history(limit);
    }

    /**
     * Returns a kick function's parameters in positional order: its own leading ones, then
     * reason, graceSeconds and force, then any of its own that come next, then includeSelf,
     * includeDesigners and lockoutMinutes.
     */
    private static List<Parameter> kickParameters(List<Parameter> leading,
            Parameter... afterForce) {
        List<Parameter> parameters = new java.util.ArrayList<>(leading);
        parameters.add(Parameter.optional("reason", String.class));
        parameters.add(Parameter.optional("graceSeconds", Integer.class));
        parameters.add(Parameter.optional("force", Boolean.class));
        parameters.addAll(Arrays.asList(afterForce));
        parameters.add(Parameter.optional("includeSelf", Boolean.class));
        parameters.add(Parameter.optional("includeDesigners", Boolean.class));
        parameters.add(Parameter.optional("lockoutMinutes", Integer.class));
        return java.util.Collections.unmodifiableList(parameters);
    }

    private static KickOptions kickOptions(ScriptArguments arguments) {
        try {
            return KickOptions.builder()
                    .reason(arguments.text("reason"))
                    .graceSeconds(arguments.integer("graceSeconds", 0))
                    .force(arguments.flag("force", false))
                    .includeSelf(arguments.flag("includeSelf", false))
                    .includeDesigners(arguments.flag("includeDesigners", false))
                    .lockoutMinutes(arguments.integer("lockoutMinutes", 0))
                    .build();
        } catch (IllegalArgumentException e) {
            throw Py.ValueError(e.getMessage());
        }
    }

    private static SessionScope parseScope(String scope) {
        try {
            return SessionScope.fromLabel(scope);
        } catch (IllegalArgumentException e) {
            throw Py.ValueError(e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "system.sessions";
    }
}
