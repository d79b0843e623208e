package com.inductiveautomation.ignition.common.script.hints;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Stand-in for the Ignition 8.1 doc provider that reads {@code @ScriptFunction} bundles.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * example, which registers script modules with {@code new PropertiesFileDocProvider()}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/scripting-function/scripting-function-gateway/src/main/java/com/inductiveautomation/ignition/examples/scripting/GatewayHook.java
 * and the SDK guide on scripting: https://sdk-docs.inductiveautomation.com/docs/programming-for-the-designer/scripting
 */
public class PropertiesFileDocProvider implements ScriptFunctionDocProvider {
    /** Creates a provider that reads the bundles named by {@code @ScriptFunction}. */
    public PropertiesFileDocProvider() {
    }

    @Override
    public String getMethodDescription(String path, Method method) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    @Override
    public Map<String, String> getParameterDescriptions(String path, Method method) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    @Override
    public String getReturnValueDescription(String path, Method method) {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
