package com.inductiveautomation.ignition.common.script.builtin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the Ignition 8.1 annotation that names the keyword arguments of a script
 * function taking {@code (PyObject[] args, String[] keywords)}; used for hints.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * example, which annotates {@code (PyObject[], String[])} methods with
 * {@code @KeywordArgs(names = {...}, types = {...})}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-common/src/main/java/com/inductiveautomation/ignition/examples/GetLogsScriptFunctions.java
 * Run-time retention is required: the platform reads it by reflection.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeywordArgs {
    /**
     * Returns the keyword names, in positional order.
     *
     * @return the argument names
     */
    String[] names();

    /**
     * Returns the argument types, in the same order as {@link #names()}.
     *
     * @return the argument types
     */
    Class<?>[] types();
}
