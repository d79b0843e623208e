package com.inductiveautomation.ignition.common.script;

import com.inductiveautomation.ignition.common.script.hints.ScriptFunctionDocProvider;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * Stand-in for the Ignition 8.1 script manager of a scope.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/script/ScriptManager.html
 */
public class ScriptManager {
    protected ScriptManager() {
    }

    public void addScriptModule(String path, Object scriptModule,
            ScriptFunctionDocProvider docProvider) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    public void addScriptModule(String path, Object scriptModule) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    public PyStringMap createLocalsMap() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    public PyStringMap getGlobals() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    public void runCode(String code, PyObject locals, PyObject globals, String filename)
            throws JythonExecException {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
