package com.inductiveautomation.ignition.common.script.hints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the Ignition 8.1 annotation naming a script function parameter.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * example ({@code @ScriptArg("arg0")} on each parameter):
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/scripting-function/scripting-function-common/src/main/java/com/inductiveautomation/ignition/examples/scripting/AbstractScriptModule.java
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ScriptArg {
    /**
     * Returns the parameter name shown in hints.
     *
     * @return the parameter name
     */
    String value();
}
