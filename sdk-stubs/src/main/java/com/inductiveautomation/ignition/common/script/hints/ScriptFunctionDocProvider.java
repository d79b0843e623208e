package com.inductiveautomation.ignition.common.script.hints;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Stand-in for the Ignition 8.1 provider of script function documentation and hints.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * example that implements it with these three methods:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-common/src/main/java/com/inductiveautomation/ignition/examples/GetLogsScriptFunctions.java
 * and the SDK guide on scripting: https://sdk-docs.inductiveautomation.com/docs/programming-for-the-designer/scripting
 */
public interface ScriptFunctionDocProvider {
    /**
     * Returns the description of a script function.
     *
     * @param path the dotted path of the script module
     * @param method the Java method behind the function
     * @return the description, or null
     */
    String getMethodDescription(String path, Method method);

    /**
     * Returns the description of each parameter of a script function.
     *
     * @param path the dotted path of the script module
     * @param method the Java method behind the function
     * @return parameter descriptions keyed by parameter
     */
    Map<String, String> getParameterDescriptions(String path, Method method);

    /**
     * Returns the description of the value a script function returns.
     *
     * @param path the dotted path of the script module
     * @param method the Java method behind the function
     * @return the description, or null
     */
    String getReturnValueDescription(String path, Method method);
}
