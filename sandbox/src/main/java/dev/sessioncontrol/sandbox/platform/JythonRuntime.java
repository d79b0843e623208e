package dev.sessioncontrol.sandbox.platform;

import java.util.Properties;
import org.python.util.PythonInterpreter;

/** Starts Jython 2.7 once per JVM, with the settings every sandbox interpreter shares. */
public final class JythonRuntime {
    private static boolean initialized;

    private JythonRuntime() {
    }

    /** Starts Jython unless it runs already; later calls do nothing. */
    public static synchronized void initialize() {
        if (initialized) {
            return;
        }
        Properties settings = new Properties();
        // No site import and no package cache: a faster start, and nothing written to disk.
        settings.setProperty("python.import.site", "false");
        settings.setProperty("python.cachedir.skip", "true");
        settings.setProperty("python.console.encoding", "UTF-8");
        PythonInterpreter.initialize(System.getProperties(), settings, new String[0]);
        initialized = true;
    }
}
