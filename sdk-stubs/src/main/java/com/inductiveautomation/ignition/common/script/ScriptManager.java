package com.inductiveautomation.ignition.common.script;

import com.inductiveautomation.ignition.common.script.hints.ScriptFunctionDocProvider;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * Stand-in for the Ignition 8.1 script manager of a scope.
 *
 * <p>Checked against the 7.8.4 page (public class, public constructors taking a context name,
 * the four {@code addScriptModule} overloads), as no 8.1 page of this type is in the stored
 * javadoc:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/common/script/ScriptManager.html
 * The 8.1 API stubs generated from the platform list the only constructor as
 * {@code (String contextName, String pathToExternalLibs)} and the members
 * {@code createLocalsMap(): PyStringMap}, {@code getGlobals(): PyStringMap} and the overloaded
 * {@code runCode} and {@code addScriptModule}:
 * https://github.com/ignition-devs/ignition-api-8.1/blob/main/stubs/stubs/com/inductiveautomation/ignition/common/script/__init__.pyi
 * The overload {@code runCode(String, PyObject, PyObject, String)} is the one 8.x module code
 * calls with a code string (passing a {@code PyObject} from {@code Py.java2py} as the second
 * argument and a {@code PyStringMap} or {@code PyObject} as the third); other overloads take a
 * compiled {@code PyCode} and are not used here.
 */
public class ScriptManager {
    /**
     * Creates a script manager. The platform creates one per scope; in-memory implementations
     * subclass this stand-in through this constructor.
     *
     * @param contextName the name of the scripting context
     * @param pathToExternalLibs the folder of third-party Python libraries, or null
     */
    public ScriptManager(String contextName, String pathToExternalLibs) {
    }

    /**
     * Exposes the public static and instance methods of an object under a dotted path, with
     * documentation and hints from a provider.
     *
     * @param path the full dotted path, for example {@code system.sessions}
     * @param scriptModule the object whose public methods become script functions
     * @param docProvider the provider of descriptions and parameter hints
     */
    public void addScriptModule(String path, Object scriptModule,
            ScriptFunctionDocProvider docProvider) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Exposes the public static and instance methods of an object under a dotted path.
     *
     * @param path the full dotted path
     * @param scriptModule the object whose public methods become script functions
     */
    public void addScriptModule(String path, Object scriptModule) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Creates a fresh map of local variables for running code.
     *
     * @return an empty locals map
     */
    public PyStringMap createLocalsMap() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Returns the global variables of this scope, including the {@code system} functions.
     *
     * @return the globals map
     */
    public PyStringMap getGlobals() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Compiles and runs a string of Python code.
     *
     * @param code the Python source
     * @param locals the local variables
     * @param globals the global variables
     * @param filename the name shown in tracebacks; not a file that is read
     * @throws JythonExecException if the code raises
     */
    public void runCode(String code, PyObject locals, PyObject globals, String filename)
            throws JythonExecException {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
