package com.inductiveautomation.ignition.common.script.hints;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Stand-in for the Ignition 8.1 doc provider that reads {@code @ScriptFunction} bundles.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/script/hints/PropertiesFileDocProvider.html
 */
public class PropertiesFileDocProvider implements ScriptFunctionDocProvider {
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
