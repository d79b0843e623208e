package com.inductiveautomation.ignition.common.script;

/**
 * Stand-in for the Ignition 8.1 exception raised when a Jython script fails.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/script/JythonExecException.html
 */
public class JythonExecException extends Exception {
    private static final long serialVersionUID = 1L;

    public JythonExecException(Throwable cause) {
        super(cause);
    }
}
