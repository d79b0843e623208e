package dev.sessioncontrol.sandbox.web;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.common.script.SessionsScriptModule;
import java.util.ArrayList;
import java.util.List;
import org.python.core.Py;
import org.python.core.PyObject;

/**
 * The session operations of the sandbox gateway's real hook, reached through the
 * {@code system.sessions} module it registered, with keyword arguments as a gateway script
 * passes them. The hook therefore acts with the gateway's authority; the web API in front of it
 * still refuses kicks by web users without a kick role.
 *
 * <p>Limitation: this stands in for the hook's own web API accessor until the hook offers one;
 * with it, the web user's identity reaches the hook's kick service and history.
 */
final class ScriptModuleOperations implements SessionOperations {
    private final SessionsScriptModule module;

    ScriptModuleOperations(SessionsScriptModule module) {
        this.module = module;
    }

    @Override
    public Dataset listSessions(SessionFilter filter) {
        Keywords call = new Keywords();
        filter.user().ifPresent(user -> call.add("user", Py.newUnicode(user)));
        filter.project().ifPresent(project -> call.add("project", Py.newUnicode(project)));
        filter.scope().ifPresent(scope -> call.add("scope", Py.newUnicode(scope.label())));
        return module.list(call.values(), call.names());
    }

    @Override
    public Dataset kick(String sessionId, KickOptions options) {
        Keywords call = new Keywords().add("sessionId", Py.newUnicode(sessionId));
        return module.kick(withOptions(call, options).values(), call.names());
    }

    @Override
    public Dataset kickUser(String user, KickOptions options, String exceptSessionId) {
        Keywords call = new Keywords().add("username", Py.newUnicode(user));
        return module.kickUser(withOptions(call, options).values(), call.names());
    }

    @Override
    public Dataset kickAll(String project, KickOptions options) {
        throw new UnsupportedOperationException("The web routes never kick every session");
    }

    @Override
    public Dataset history(int limit) {
        Keywords call = new Keywords().add("limit", Py.newInteger(limit));
        return module.history(call.values(), call.names());
    }

    private static Keywords withOptions(Keywords call, KickOptions options) {
        return call.add("reason", Py.newUnicode(options.reason()))
                .add("graceSeconds", Py.newInteger(options.graceSeconds()))
                .add("force", Py.newBoolean(options.isForce()));
    }

    /** Keyword arguments in Jython's calling convention: values, then their names. */
    @Override
    public Dataset kickIdle(int idleSeconds, boolean unauthenticatedOnly, KickOptions options) {
        throw new UnsupportedOperationException("not used by the web routes");
    }

    @Override
    public boolean isPerspectivePresent() {
        return module.isPerspectivePresent();
    }

    private static final class Keywords {
        private final List<PyObject> values = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        Keywords add(String name, PyObject value) {
            names.add(name);
            values.add(value);
            return this;
        }

        PyObject[] values() {
            return values.toArray(new PyObject[0]);
        }

        String[] names() {
            return names.toArray(new String[0]);
        }
    }
}
