package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.common.script.hints.ScriptFunctionDocProvider;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A script manager that keeps the script modules a hook adds, by path, so that the sandbox can
 * bind them into its own Python interpreter under the same dotted names.
 */
public final class CapturingScriptManager extends ScriptManager {
    private final Map<String, Object> modules = new ConcurrentHashMap<>();

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
    public void addScriptModule(String path, Object scriptModule) {
        modules.put(Objects.requireNonNull(path, "path"),
                Objects.requireNonNull(scriptModule, "scriptModule"));
    }

    /**
     * Returns the module added under a path.
     *
     * @param path the dotted path, for example {@code system.sessions}
     * @return the module, or empty if none was added there
     */
    public Optional<Object> module(String path) {
        return Optional.ofNullable(modules.get(path));
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
    public <T> T require(String path, Class<T> type) {
        Object module = modules.get(path);
        if (!type.isInstance(module)) {
            throw new IllegalStateException("No " + type.getSimpleName() + " was added under '"
                    + path + "'; added paths: " + modules.keySet());
        }
        return type.cast(module);
    }
}
