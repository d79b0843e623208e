package com.inductiveautomation.ignition.common.script.builtin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the Ignition 8.1 annotation that names the keyword arguments of a script
 * function taking {@code (PyObject[] args, String[] keywords)}; used for hints.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/script/builtin/KeywordArgs.html
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeywordArgs {
    String[] names();

    Class<?>[] types();
}
