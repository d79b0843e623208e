package com.inductiveautomation.ignition.client.model;

import com.inductiveautomation.ignition.common.script.ScriptManager;

/**
 * Stand-in for the Ignition 8.1 context of a Vision client (the members this module uses).
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the 8.1 API stubs
 * generated from the platform ({@code ClientContext(CommonContext)} with
 * {@code getScriptManager()} and {@code getProjectName()}):
 * https://github.com/ignition-devs/ignition-api-8.1/blob/main/stubs/stubs/com/inductiveautomation/ignition/client/model/__init__.pyi
 * and the official 8.1 client hook that receives it in {@code startup}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-client/src/main/java/com/inductiveautomation/ignition/examples/client/ClientHook.java
 */
public interface ClientContext {
    /**
     * Returns the script manager of this client.
     *
     * @return the client's script manager
     */
    ScriptManager getScriptManager();

    /**
     * Returns the name of the project this client runs.
     *
     * @return the project name
     */
    String getProjectName();
}
