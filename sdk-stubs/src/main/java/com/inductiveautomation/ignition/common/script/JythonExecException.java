package com.inductiveautomation.ignition.common.script;

/**
 * Stand-in for the Ignition 8.1 exception raised when a Jython script fails.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against 8.x module code
 * that catches it around {@code ScriptManager.runCode(...)} (for example the gateway hook of
 * the public SOE module, which imports it from this package and uses 8.x-only project APIs).
 * The platform constructors are unconfirmed; the {@code (Throwable)} constructor here exists
 * so that in-memory script managers can raise it, and module code must not call it.
 */
public class JythonExecException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Wraps the failure of a script.
     *
     * @param cause the underlying failure
     */
    public JythonExecException(Throwable cause) {
        super(cause);
    }
}
