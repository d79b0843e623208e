package dev.sessioncontrol.gateway.perspective;

import com.inductiveautomation.ignition.common.script.JythonExecException;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.common.script.hints.ScriptFunctionDocProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyException;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.util.PythonInterpreter;

/**
 * A gateway script manager that really runs Python, with Jython, over globals holding a
 * {@code system} module. With {@link #withPerspective()} that module holds a fake
 * {@code system.perspective}; with {@link #withoutPerspective()} it does not, as on a gateway
 * without Perspective.
 *
 * <pre>{@code
 * JythonScriptManager scripts = JythonScriptManager.withPerspective();
 * scripts.perspective().add(SessionInfo.browser("p-1").user("bob"));
 * PerspectiveSessions sessions = new ScriptedPerspectiveSessions(scripts);
 * }</pre>
 *
 * <p>Script modules added to it are bound under their dotted path, so that
 * {@link #run(String)} calls them as a gateway script would. A Python error raised by code
 * run through {@link #runCode} comes out as {@link JythonExecException}, as the platform
 * reports a failed script. Every piece of code run is kept, to prove what was run.
 */
public final class JythonScriptManager extends ScriptManager {
    private static final String SYSTEM = "system";
    private static boolean jythonStarted;

    private final PythonInterpreter python;
    private final PyStringMap globals = new PyStringMap();
    private final PyModule system = new PyModule(SYSTEM);
    private final FakePerspective perspective;
    private final Map<String, Object> modules = new ConcurrentHashMap<>();
    private final List<String> codeRun = new CopyOnWriteArrayList<>();

    private JythonScriptManager(boolean withPerspective) {
        super("gateway", null);
        this.python = interpreter();
        globals.__setitem__(SYSTEM, system);
        if (withPerspective) {
            perspective = new FakePerspective(python);
            system.__setattr__("perspective", perspective.asPython());
        } else {
            perspective = null;
        }
    }

    /**
     * Returns a manager whose {@code system} module holds a fake {@code system.perspective},
     * with no sessions yet.
     *
     * @return the manager
     */
    public static JythonScriptManager withPerspective() {
        return new JythonScriptManager(true);
    }

    /**
     * Returns a manager of a gateway without Perspective: {@code system} has no
     * {@code perspective}.
     *
     * @return the manager
     */
    public static JythonScriptManager withoutPerspective() {
        return new JythonScriptManager(false);
    }

    /**
     * Returns the fake {@code system.perspective}.
     *
     * @return the fake
     * @throws IllegalStateException if this manager stands for a gateway without Perspective
     */
    public FakePerspective perspective() {
        if (perspective == null) {
            throw new IllegalStateException("this script manager has no system.perspective");
        }
        return perspective;
    }

    /**
     * Returns every piece of code run through {@link #runCode}, oldest first.
     *
     * @return the code strings
     */
    public List<String> codeRun() {
        return new ArrayList<>(codeRun);
    }

    /**
     * Returns the script module added under a dotted path.
     *
     * @param path the path, for example {@code system.sessions}
     * @return the module, or empty if none was added there
     */
    public Optional<Object> module(String path) {
        return Optional.ofNullable(modules.get(path));
    }

    /**
     * Runs a gateway script over this manager's globals, as the gateway runs one.
     *
     * @param code Python source
     * @return the script's local variables afterwards
     * @throws PyException if the script raises
     */
    public PyStringMap run(String code) {
        PyStringMap locals = createLocalsMap();
        Py.runCode(python.compile(code, "<test script>"), locals, globals);
        return locals;
    }

    @Override
    public void addScriptModule(String path, Object scriptModule,
            ScriptFunctionDocProvider docProvider) {
        addScriptModule(path, scriptModule);
    }

    @Override
    public void addScriptModule(String path, Object scriptModule) {
        String prefix = SYSTEM + ".";
        if (!path.startsWith(prefix) || path.indexOf('.', prefix.length()) >= 0) {
            throw new IllegalArgumentException("expected a path system.<name>, was " + path);
        }
        modules.put(path, Objects.requireNonNull(scriptModule, "scriptModule"));
        system.__setattr__(path.substring(prefix.length()), Py.java2py(scriptModule));
    }

    @Override
    public PyStringMap createLocalsMap() {
        return new PyStringMap();
    }

    @Override
    public PyStringMap getGlobals() {
        return globals;
    }

    @Override
    public void runCode(String code, PyObject locals, PyObject globals, String filename)
            throws JythonExecException {
        codeRun.add(code);
        try {
            PyCode compiled = python.compile(code, filename);
            Py.runCode(compiled, locals, globals);
        } catch (PyException e) {
            throw new JythonExecException(e);
        }
    }

    @Override
    public String toString() {
        return "JythonScriptManager{perspective=" + (perspective != null) + "}";
    }

    /** Starts Jython once per test run, without the site module and without a disk cache. */
    private static synchronized PythonInterpreter interpreter() {
        if (!jythonStarted) {
            Properties properties = new Properties();
            properties.setProperty("python.import.site", "false");
            properties.setProperty("python.cachedir.skip", "true");
            PythonInterpreter.initialize(System.getProperties(), properties, new String[0]);
            jythonStarted = true;
        }
        return new PythonInterpreter();
    }
}
