package dev.sessioncontrol.sandbox.platform;

import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * Binds Java objects into a Python namespace under dotted paths, as Ignition exposes script
 * modules: {@code system.sessions} becomes the attribute {@code sessions} of a module
 * {@code system}, created when missing.
 */
public final class PythonNamespace {
    private PythonNamespace() {
    }

    /**
     * Binds a value.
     *
     * @param namespace the globals to bind into
     * @param path the dotted path, for example {@code system.sessions}
     * @param value the Java object; its public methods become callable
     */
    public static void bind(PyObject namespace, String path, Object value) {
        String[] names = path.split("\\.");
        PyObject parent = null;
        String prefix = "";
        for (int i = 0; i < names.length - 1; i++) {
            prefix = prefix.isEmpty() ? names[i] : prefix + "." + names[i];
            parent = moduleIn(namespace, parent, names[i], prefix);
        }
        PyObject bound = Py.java2py(Objects.requireNonNull(value, path));
        if (parent == null) {
            namespace.__setitem__(names[0], bound);
        } else {
            parent.__setattr__(names[names.length - 1], bound);
        }
    }

    /**
     * Returns the module at a top-level name, creating an empty one when missing.
     *
     * @param namespace the globals
     * @param name the module name, for example {@code system}
     * @return the module
     */
    public static PyObject module(PyObject namespace, String name) {
        return moduleIn(namespace, null, name, name);
    }

    private static PyObject moduleIn(PyObject namespace, PyObject parent, String name,
            String fullName) {
        PyObject existing = parent == null ? namespace.__finditem__(name)
                : parent.__findattr__(name);
        if (existing != null) {
            return existing;
        }
        PyObject created = new PyModule(fullName, new PyStringMap());
        if (parent == null) {
            namespace.__setitem__(name, created);
        } else {
            parent.__setattr__(name, created);
        }
        return created;
    }
}
