package com.inductiveautomation.ignition.designer.model;

import com.inductiveautomation.ignition.client.model.ClientContext;

/**
 * Stand-in for the Ignition 8.1 designer context, which is also a client context.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * designer hook that receives it in {@code startup}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-designer/src/main/java/com/inductiveautomation/ignition/examples/designer/DesignerHook.java
 * That it extends ClientContext (and so offers {@code getScriptManager()} and
 * {@code getProjectName()}) follows the 7.x javadoc and the 8.1 API stubs; it is not stated
 * on an 8.1 page found here.
 */
public interface DesignerContext extends ClientContext {
}
