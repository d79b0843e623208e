package dev.sessioncontrol.gateway.perspective;

import java.util.LinkedHashMap;
import java.util.Map;
import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyObject;

/**
 * One entry of {@code system.perspective.getSessionInfo()}, with the keys of the 8.1 manual:
 * {@code id}, {@code username}, {@code project}, {@code clientAddress}, {@code userAgent},
 * {@code uptime} and {@code lastComm} (milliseconds) and {@code sessionScope}.
 *
 * <pre>{@code
 * SessionInfo.browser("p-1").user("bob").lastCommMillis(4_200).without("project")
 * }</pre>
 *
 * <p>Every key starts with a plausible value: an unauthenticated browser session of project
 * "Plant", started two minutes ago and heard from a second ago.
 */
public final class SessionInfo {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private SessionInfo(String id, String scope) {
        values.put("id", id);
        values.put("username", "Unauthenticated");
        values.put("project", "Plant");
        values.put("clientAddress", "192.0.2.40");
        values.put("userAgent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/115.0");
        values.put("uptime", 120_000L);
        values.put("lastComm", 1_000L);
        values.put("sessionScope", scope);
    }

    /**
     * Starts a session in a browser.
     *
     * @param id the session id
     * @return the builder
     */
    public static SessionInfo browser(String id) {
        return new SessionInfo(id, "browser");
    }

    /**
     * Starts a session hosted by a designer.
     *
     * @param id the session id
     * @return the builder
     */
    public static SessionInfo inDesigner(String id) {
        return new SessionInfo(id, "designer");
    }

    /**
     * Sets the user name as Perspective reports it.
     *
     * @param user the user name
     * @return this builder
     */
    public SessionInfo user(String user) {
        return with("username", user);
    }

    /**
     * Sets the project.
     *
     * @param project the project name
     * @return this builder
     */
    public SessionInfo project(String project) {
        return with("project", project);
    }

    /**
     * Sets the client address.
     *
     * @param address the address
     * @return this builder
     */
    public SessionInfo address(String address) {
        return with("clientAddress", address);
    }

    /**
     * Sets the user agent.
     *
     * @param userAgent the browser or device
     * @return this builder
     */
    public SessionInfo userAgent(String userAgent) {
        return with("userAgent", userAgent);
    }

    /**
     * Sets how long the session has run.
     *
     * @param millis milliseconds
     * @return this builder
     */
    public SessionInfo uptimeMillis(long millis) {
        return with("uptime", millis);
    }

    /**
     * Sets how long ago the session was last heard from.
     *
     * @param millis milliseconds
     * @return this builder
     */
    public SessionInfo lastCommMillis(long millis) {
        return with("lastComm", millis);
    }

    /**
     * Sets the session scope ("browser", "designer", "iOS" or "Android").
     *
     * @param scope the scope
     * @return this builder
     */
    public SessionInfo scope(String scope) {
        return with("sessionScope", scope);
    }

    /**
     * Sets any key to any value; null stands for Python's {@code None}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public SessionInfo with(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /**
     * Leaves a key out of the dictionary.
     *
     * @param keys the keys
     * @return this builder
     */
    public SessionInfo without(String... keys) {
        for (String key : keys) {
            values.remove(key);
        }
        return this;
    }

    /** Returns the Python dictionary {@code getSessionInfo()} would hold. */
    PyObject toPython() {
        PyDictionary dictionary = new PyDictionary();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            PyObject value = entry.getValue() == null ? Py.None : Py.java2py(entry.getValue());
            dictionary.__setitem__(Py.newString(entry.getKey()), value);
        }
        return dictionary;
    }

    @Override
    public String toString() {
        return "SessionInfo" + values;
    }
}
