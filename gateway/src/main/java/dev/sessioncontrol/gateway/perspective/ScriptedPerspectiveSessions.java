package dev.sessioncontrol.gateway.perspective;

import com.inductiveautomation.ignition.common.script.JythonExecException;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Perspective's sessions through Perspective's own documented gateway scripting API,
 * {@code system.perspective.getSessionInfo()} and {@code system.perspective.closeSession()},
 * run on the gateway's script manager.
 *
 * <p>This route keeps Perspective optional: the module declares no dependency on it (in 8.1 a
 * declared dependency is required, and the module would not load without Perspective), so
 * Perspective's Java classes are not visible to the module; its script functions are, whenever
 * Perspective is installed. When {@code system.perspective} is missing, Perspective counts as
 * not present.
 *
 * <p>Limitation: the closing message is shown the way Perspective shows it when a session is
 * closed from the gateway; the module cannot add a countdown there, so grace time and force do
 * not apply to Perspective sessions.
 */
public final class ScriptedPerspectiveSessions implements PerspectiveSessions {
    private static final Logger log = LoggerFactory.getLogger(ScriptedPerspectiveSessions.class);
    private static final String FILE = "session-control-perspective";
    private static final String[] FIELDS = {"id", "username", "project", "clientAddress",
        "userAgent", "uptime", "lastComm", "sessionScope"};

    private static final String PRESENT_CODE = "sc_present = hasattr(system, 'perspective')";

    private static final String LIST_CODE = String.join("\n",
            "def sc_field(s, k):",
            "    try:",
            "        v = s[k]",
            "    except Exception:",
            "        return None",
            "    if v is None:",
            "        return None",
            "    return unicode(v)",
            "sc_rows = []",
            "if hasattr(system, 'perspective'):",
            "    for sc_s in system.perspective.getSessionInfo():",
            "        sc_rows.append([sc_field(sc_s, k) for k in sc_fields])");

    private static final String CLOSE_CODE =
            "system.perspective.closeSession(message=sc_message, sessionId=sc_id)";

    private final ScriptManager scriptManager;

    /**
     * Creates the adapter.
     *
     * @param scriptManager the gateway's script manager
     */
    public ScriptedPerspectiveSessions(ScriptManager scriptManager) {
        this.scriptManager = Objects.requireNonNull(scriptManager, "scriptManager");
    }

    @Override
    public boolean isPresent() {
        try {
            PyStringMap locals = scriptManager.createLocalsMap();
            scriptManager.runCode(PRESENT_CODE, locals, scriptManager.getGlobals(), FILE);
            PyObject present = locals.__finditem__("sc_present");
            return present != null && present.__nonzero__();
        } catch (JythonExecException | RuntimeException e) {
            log.debug("Perspective presence check failed: {}", e.toString());
            return false;
        }
    }

    @Override
    public List<PerspectiveSession> list() {
        PyStringMap locals = scriptManager.createLocalsMap();
        locals.__setitem__("sc_fields", Py.java2py(java.util.Arrays.asList(FIELDS)));
        try {
            scriptManager.runCode(LIST_CODE, locals, scriptManager.getGlobals(), FILE);
        } catch (JythonExecException | RuntimeException e) {
            log.warn("Could not list Perspective sessions: {}", e.toString());
            return Collections.emptyList();
        }
        PyObject rows = locals.__finditem__("sc_rows");
        if (rows == null) {
            return Collections.emptyList();
        }
        List<PerspectiveSession> sessions = new ArrayList<>();
        for (PyObject row : rows.asIterable()) {
            toSession(row).ifPresent(sessions::add);
        }
        return sessions;
    }

    @Override
    public boolean close(String sessionId, String message) {
        PyStringMap locals = scriptManager.createLocalsMap();
        locals.__setitem__("sc_id", Py.newUnicode(sessionId));
        locals.__setitem__("sc_message", Py.newUnicode(message));
        try {
            scriptManager.runCode(CLOSE_CODE, locals, scriptManager.getGlobals(), FILE);
            return true;
        } catch (JythonExecException | RuntimeException e) {
            log.warn("Could not close Perspective session {}: {}", sessionId, e.toString());
            return false;
        }
    }

    private static java.util.Optional<PerspectiveSession> toSession(PyObject row) {
        String[] values = new String[FIELDS.length];
        int i = 0;
        for (PyObject cell : row.asIterable()) {
            if (i < values.length) {
                values[i++] = cell == Py.None ? null : cell.toString();
            }
        }
        if (values[0] == null || values[0].isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean inDesigner = values[7] != null
                && values[7].trim().toLowerCase(Locale.ROOT).equals("designer");
        return java.util.Optional.of(new PerspectiveSession(values[0], values[1], values[2],
                values[3], values[4], millis(values[5]), millis(values[6]), inDesigner));
    }

    private static long millis(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return (long) Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String toString() {
        return "Perspective (through system.perspective)";
    }
}
