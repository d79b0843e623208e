package dev.sessioncontrol.common.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Properties;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.util.PythonInterpreter;

/** Starts Jython once for the tests and builds calls the way Jython makes them. */
final class Jython {
    private static boolean started;

    private Jython() {
    }

    /** Starts the runtime without the site module and without a package cache on disk. */
    static synchronized void start() {
        if (started) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("python.import.site", "false");
        properties.setProperty("python.cachedir.skip", "true");
        PythonInterpreter.initialize(System.getProperties(), properties, new String[0]);
        started = true;
    }

    /** Returns a new interpreter with a started runtime. */
    static PythonInterpreter interpreter() {
        start();
        return new PythonInterpreter();
    }

    /** Converts Java values to the Python values Jython would pass. */
    static PyObject[] args(Object... values) {
        start();
        PyObject[] args = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            args[i] = values[i] instanceof PyObject ? (PyObject) values[i]
                    : Py.java2py(values[i]);
        }
        return args;
    }

    /** Returns the names of the trailing keyword arguments. */
    static String[] keywords(String... names) {
        return names;
    }

    /**
     * Runs a call that must raise a Python exception of the given type.
     *
     * @return the exception's message
     */
    static String raises(PyObject type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);

        assertThat(thrown).isInstanceOf(PyException.class);
        PyException error = (PyException) thrown;
        assertThat(error.match(type))
                .as("raised %s, expected %s", error.type, type)
                .isTrue();
        return String.valueOf(error.value);
    }
}
