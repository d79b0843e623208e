package dev.sessioncontrol.common.script;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.python.core.Py;
import org.python.core.PyBoolean;
import org.python.core.PyInteger;
import org.python.core.PyLong;
import org.python.core.PyObject;

/**
 * The arguments of one script call, read the way Jython hands them to a Java method declared as
 * {@code (PyObject[] args, String[] keywords)}: positional values first, then the values of the
 * keyword arguments, whose names are the last {@code keywords.length} entries.
 *
 * <p>Errors are Python's own: {@code TypeError} for a missing, duplicated, unknown or ill-typed
 * argument, naming the function and the argument, as Python would.
 */
final class ScriptArguments {
    private final String function;
    private final Map<String, PyObject> values;

    private ScriptArguments(String function, Map<String, PyObject> values) {
        this.function = function;
        this.values = values;
    }

    /**
     * Matches the call's arguments to the declared parameters.
     *
     * @param function the function name, for messages
     * @param parameters the declared parameters, in positional order
     * @param args the values, positional first
     * @param keywords the names of the trailing keyword values
     * @return the matched arguments
     */
    static ScriptArguments parse(String function, List<Parameter> parameters, PyObject[] args,
            String[] keywords) {
        PyObject[] safeArgs = args == null ? new PyObject[0] : args;
        String[] safeKeywords = keywords == null ? new String[0] : keywords;
        int positional = safeArgs.length - safeKeywords.length;
        if (positional < 0) {
            throw Py.TypeError(function + "() received more keyword names than values");
        }
        if (positional > parameters.size()) {
            throw Py.TypeError(function + "() takes at most " + parameters.size()
                    + " arguments (" + positional + " given)");
        }
        Map<String, PyObject> values = new HashMap<>();
        for (int i = 0; i < positional; i++) {
            values.put(parameters.get(i).name(), safeArgs[i]);
        }
        for (int i = 0; i < safeKeywords.length; i++) {
            String name = safeKeywords[i];
            if (parameters.stream().noneMatch(p -> p.name().equals(name))) {
                throw Py.TypeError(function + "() got an unexpected keyword argument '" + name
                        + "'");
            }
            if (values.put(name, safeArgs[positional + i]) != null) {
                throw Py.TypeError(function + "() got multiple values for argument '" + name
                        + "'");
            }
        }
        ScriptArguments arguments = new ScriptArguments(function, values);
        for (Parameter parameter : parameters) {
            if (parameter.isRequired() && arguments.isAbsent(parameter.name())) {
                throw Py.TypeError(function + "() missing required argument '"
                        + parameter.name() + "'");
            }
        }
        return arguments;
    }

    /**
     * Returns a text argument, or null when it was not given or was None.
     *
     * @param name the parameter name
     * @return the text or null
     */
    String text(String name) {
        PyObject value = values.get(name);
        if (value == null || value == Py.None) {
            return null;
        }
        Object java = value.__tojava__(String.class);
        if (java == Py.NoConversion || !(java instanceof String)) {
            throw wrongType(name, "a string", value);
        }
        return (String) java;
    }

    /**
     * Returns a whole-number argument, or the default when it was not given or was None.
     *
     * @param name the parameter name
     * @param defaultValue the value when absent
     * @return the number
     */
    int integer(String name, int defaultValue) {
        PyObject value = values.get(name);
        if (value == null || value == Py.None) {
            return defaultValue;
        }
        boolean whole = value instanceof PyInteger || value instanceof PyLong;
        if (value instanceof PyBoolean || !whole) {
            throw wrongType(name, "an integer", value);
        }
        Object java = value.__tojava__(Integer.class);
        if (!(java instanceof Integer)) {
            throw Py.ValueError(function + "() argument '" + name + "' is out of range: "
                    + value);
        }
        return (Integer) java;
    }

    /**
     * Returns a true/false argument, or the default when it was not given or was None. Accepts
     * Python booleans and the integers 0 and 1, as Ignition's own functions do.
     *
     * @param name the parameter name
     * @param defaultValue the value when absent
     * @return the flag
     */
    boolean flag(String name, boolean defaultValue) {
        PyObject value = values.get(name);
        if (value == null || value == Py.None) {
            return defaultValue;
        }
        if (value instanceof PyBoolean || value instanceof PyInteger) {
            int number = value.asInt();
            if (number == 0 || number == 1) {
                return number == 1;
            }
        }
        throw wrongType(name, "True or False", value);
    }

    private boolean isAbsent(String name) {
        PyObject value = values.get(name);
        return value == null;
    }

    private RuntimeException wrongType(String name, String expected, PyObject value) {
        return Py.TypeError(function + "() argument '" + name + "' must be " + expected
                + ", not " + value.getType().fastGetName());
    }
}
