package dev.sessioncontrol.sandbox.script;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.python.core.Py;
import org.python.core.PyObject;

/**
 * The arguments of a sandbox helper declared as {@code (PyObject[] args, String[] keywords)},
 * Jython's convention for keyword arguments: positional values first, then the keyword values,
 * whose names are the last {@code keywords.length} entries. Errors are Python's
 * {@code TypeError}, naming the function and the argument.
 */
final class KeywordValues {
    private final String function;
    private final Map<String, PyObject> values;

    private KeywordValues(String function, Map<String, PyObject> values) {
        this.function = function;
        this.values = values;
    }

    /**
     * Matches a call's values to the declared names.
     *
     * @param function the function, for messages
     * @param names the parameter names in positional order
     * @param args the values, positional first
     * @param keywords the names of the trailing keyword values
     * @return the matched values
     */
    static KeywordValues parse(String function, List<String> names, PyObject[] args,
            String[] keywords) {
        int positional = args.length - keywords.length;
        if (positional > names.size()) {
            throw Py.TypeError(function + "() takes at most " + names.size() + " arguments ("
                    + positional + " given)");
        }
        Map<String, PyObject> values = new HashMap<>();
        for (int i = 0; i < positional; i++) {
            values.put(names.get(i), args[i]);
        }
        for (int i = 0; i < keywords.length; i++) {
            if (!names.contains(keywords[i])) {
                throw Py.TypeError(function + "() got an unexpected keyword argument '"
                        + keywords[i] + "'; it takes " + names);
            }
            if (values.put(keywords[i], args[positional + i]) != null) {
                throw Py.TypeError(function + "() got multiple values for '" + keywords[i]
                        + "'");
            }
        }
        return new KeywordValues(function, values);
    }

    /** Returns a text argument, or the fallback when it is missing or None. */
    String text(String name, String fallback) {
        PyObject value = values.get(name);
        if (value == null || value == Py.None) {
            return fallback;
        }
        if (!(value instanceof org.python.core.PyBaseString)) {
            throw Py.TypeError(function + "() " + name + " must be a string, not "
                    + value.getType().fastGetName());
        }
        return value.asString();
    }

    /** Returns a whole-number argument, or the fallback when it is missing. */
    int integer(String name, int fallback) {
        PyObject value = values.get(name);
        if (value == null || value == Py.None) {
            return fallback;
        }
        if (!value.isIndex()) {
            throw Py.TypeError(function + "() " + name + " must be a whole number, not "
                    + value.getType().fastGetName());
        }
        return value.asInt();
    }

    /** Returns a true-or-false argument, or the fallback when it is missing. */
    boolean flag(String name, boolean fallback) {
        PyObject value = values.get(name);
        return value == null || value == Py.None ? fallback : value.__nonzero__();
    }
}
