package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.common.script.JythonExecException;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.common.script.hints.ScriptFunctionDocProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * A script manager of one scope: it keeps the script modules that hooks add, by path, and runs
 * code against globals in which those modules sit under their dotted names, as Ignition's
 * script manager does. The sandbox binds the same modules into its own console.
 *
 * <p>Jython starts only when code is first run or the globals are first asked for, so a
 * simulated client that never runs code does not pay for it.
 *
 * <p>Limitation: only what was added is in the globals: the hooks' modules and, on the
 * sandbox gateway, the simulated {@code system.perspective}; Ignition's other {@code system.*}
 * functions (for example {@code system.util}) are absent.
 */
public final class CapturingScriptManager extends ScriptManager {
    private final Map<String, Object> modules = new LinkedHashMap<>();
    private PyStringMap globals;

    /**
     * Creates an empty manager.
     *
     * @param contextName the scope it stands for, for messages
     */
    public CapturingScriptManager(String contextName) {
        super(contextName, null);
    }

    @Override
    public void addScriptModule(String path, Object scriptModule,
            ScriptFunctionDocProvider docProvider) {
        addScriptModule(path, scriptModule);
    }

    @Override
    public synchronized void addScriptModule(String path, Object scriptModule) {
        modules.put(Objects.requireNonNull(path, "path"),
                Objects.requireNonNull(scriptModule, "scriptModule"));
        if (globals != null) {
            PythonNamespace.bind(globals, path, scriptModule);
        }
    }

    @Override
    public PyStringMap createLocalsMap() {
        JythonRuntime.initialize();
        return new PyStringMap();
    }

    /** Returns the globals: a {@code system} module holding every added script module. */
    @Override
    public synchronized PyStringMap getGlobals() {
        if (globals == null) {
            JythonRuntime.initialize();
            globals = new PyStringMap();
            PythonNamespace.module(globals, "system");
            modules.forEach((path, module) -> PythonNamespace.bind(globals, path, module));
        }
        return globals;
    }

    @Override
    public void runCode(String code, PyObject locals, PyObject globals, String filename)
            throws JythonExecException {
        JythonRuntime.initialize();
        try {
            PyCode compiled = Py.compile_flags(code, filename, CompileMode.exec,
                    new CompilerFlags());
            Py.runCode(compiled, locals, globals);
        } catch (PyException e) {
            throw new JythonExecException(e);
        }
    }

    /**
     * Returns the module added under a path.
     *
     * @param path the dotted path, for example {@code system.sessions}
     * @return the module, or empty if none was added there
     */
    public synchronized Optional<Object> module(String path) {
        return Optional.ofNullable(modules.get(path));
    }

    /** Returns every added module by path, in the order they were added. */
    public synchronized Map<String, Object> modules() {
        return new LinkedHashMap<>(modules);
    }

    /**
     * Returns the module added under a path, which must be of the given type.
     *
     * @param path the dotted path
     * @param type the module's class
     * @param <T> that class
     * @return the module
     * @throws IllegalStateException if no module of that type was added there
     */
    public synchronized <T> T require(String path, Class<T> type) {
        Object module = modules.get(path);
        if (!type.isInstance(module)) {
            throw new IllegalStateException("No " + type.getSimpleName() + " was added under '"
                    + path + "'; added paths: " + modules.keySet());
        }
        return type.cast(module);
    }
}
