package com.inductiveautomation.ignition.gateway.system;

import java.io.File;

/**
 * Stand-in for the Ignition gateway's view of its folders (the member this module uses).
 *
 * <p>Checked against the 8.3.0-beta1 page (interface; {@code File getDataDir()} "Returns a
 * File for the Ignition data directory"), as no 8.1 page of this type is in the stored
 * javadoc:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition83/8.3.0-beta1/com/inductiveautomation/ignition/gateway/system/SystemManager.html
 * The official 8.1 example calls {@code context.getSystemManager().getLogsDir()}, so
 * {@code GatewayContext.getSystemManager()} exists in 8.1:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-gateway/src/main/java/com/inductiveautomation/ignition/examples/service/GetLogsServiceImpl.java
 * That the 8.1 type lives in this package is unconfirmed (see sdk-stubs/README.md).
 */
public interface SystemManager {
    /**
     * Returns the gateway's data folder.
     *
     * @return the data directory
     */
    File getDataDir();
}
