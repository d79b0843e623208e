package com.inductiveautomation.ignition.common.script.hints;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Stand-in for the Ignition 8.1 provider of script function documentation and hints.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/script/hints/ScriptFunctionDocProvider.html
 */
public interface ScriptFunctionDocProvider {
    String getMethodDescription(String path, Method method);

    Map<String, String> getParameterDescriptions(String path, Method method);

    String getReturnValueDescription(String path, Method method);
}
