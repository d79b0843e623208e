package dev.sessioncontrol.build;

import java.util.Objects;
import java.util.regex.Pattern;

/** Another Ignition module that must be present in the given scope. */
record ModuleDependency(Scope scope, String moduleId) {

    static final Pattern MODULE_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    ModuleDependency {
        Objects.requireNonNull(scope, "scope");
        if (moduleId == null || !MODULE_ID.matcher(moduleId).matches()) {
            throw new IllegalArgumentException("module id '" + moduleId
                    + "' is not valid; expected a dotted identifier such as"
                    + " com.inductiveautomation.vision");
        }
    }
}
