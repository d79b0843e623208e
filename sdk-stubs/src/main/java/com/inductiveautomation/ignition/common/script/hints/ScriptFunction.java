package com.inductiveautomation.ignition.common.script.hints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the Ignition 8.1 annotation that marks a documented script function.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * example ({@code @ScriptFunction(docBundlePrefix = "AbstractScriptModule")}):
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/scripting-function/scripting-function-common/src/main/java/com/inductiveautomation/ignition/examples/scripting/AbstractScriptModule.java
 * Other elements the platform annotation may declare are not used here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScriptFunction {
    /**
     * Returns the bundle name whose keys document this function.
     *
     * @return the bundle prefix
     */
    String docBundlePrefix() default "";
}
