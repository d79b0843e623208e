package dev.sessioncontrol.common.script;

import com.inductiveautomation.ignition.common.script.hints.ScriptFunctionDocProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Supplies the descriptions, parameter notes and return notes that Ignition shows as
 * autocomplete hints for {@code system.sessions}, read from
 * {@code SessionsScriptModule.properties} beside this class (keys {@code <fn>.desc},
 * {@code <fn>.param.<name>}, {@code <fn>.returns}).
 *
 * <p>It reads its own file rather than registering a platform bundle, so the same hints work in
 * every scope without touching global state.
 */
public final class SessionsDocProvider implements ScriptFunctionDocProvider {
    private final Properties docs;

    /** Loads the function docs from the class path. */
    public SessionsDocProvider() {
        this.docs = load();
    }

    @Override
    public String getMethodDescription(String path, Method method) {
        return docs.getProperty(method.getName() + ".desc", "");
    }

    @Override
    public Map<String, String> getParameterDescriptions(String path, Method method) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        String prefix = method.getName() + ".param.";
        for (String key : docs.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                descriptions.put(key.substring(prefix.length()), docs.getProperty(key));
            }
        }
        return descriptions;
    }

    @Override
    public String getReturnValueDescription(String path, Method method) {
        return docs.getProperty(method.getName() + ".returns", "");
    }

    private static Properties load() {
        String resource = SessionsScriptModule.DOC_PREFIX + ".properties";
        Properties properties = new Properties();
        try (InputStream in = SessionsDocProvider.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Script docs " + resource
                        + " are missing from the module jar; rebuild the module");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read script docs " + resource, e);
        }
        return properties;
    }
}
