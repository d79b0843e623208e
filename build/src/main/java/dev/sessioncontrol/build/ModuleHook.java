package dev.sessioncontrol.build;

import java.util.Objects;
import java.util.regex.Pattern;

/** The hook class Ignition instantiates in one scope. */
record ModuleHook(Scope scope, String className) {

    private static final Pattern BINARY_NAME =
            Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)+");

    ModuleHook {
        Objects.requireNonNull(scope, "scope");
        if (!scope.isSingle()) {
            throw new IllegalArgumentException("hook " + className + " has scope '" + scope
                    + "'; a hook runs in exactly one scope: G, C or D");
        }
        if (className == null || !BINARY_NAME.matcher(className).matches()) {
            throw new IllegalArgumentException("hook class '" + className
                    + "' is not a fully qualified class name, e.g. com.example.GatewayHook");
        }
    }

    /** The path of the hook's class file inside a jar. */
    String classEntry() {
        return className.replace('.', '/') + ".class";
    }
}
