package com.inductiveautomation.ignition.designer.model;

import com.inductiveautomation.ignition.client.model.ClientContext;

/**
 * Stand-in for the Ignition 8.1 designer context, which is also a client context.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/designer/model/DesignerContext.html
 */
public interface DesignerContext extends ClientContext {
}
