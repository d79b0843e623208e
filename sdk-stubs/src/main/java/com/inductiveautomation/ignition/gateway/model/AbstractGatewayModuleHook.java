package com.inductiveautomation.ignition.gateway.model;

import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteGroup;
import com.inductiveautomation.ignition.gateway.web.models.INamedTab;
import com.inductiveautomation.ignition.gateway.web.pages.status.overviewmeta.OverviewContributor;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Stand-in for the Ignition 8.1 base class of gateway hooks. Setup, startup and shutdown stay
 * abstract; every other method has the platform's empty default.
 *
 * <p>No page of this class is in the stored javadoc. Checked against the 8.1.46 page of the
 * Perspective gateway hook, which extends it:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.46/com/inductiveautomation/perspective/gateway/GatewayHook.html
 * and the official 8.1 gateway hooks, which extend it and override only what they use:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/GatewayHook.java
 */
public abstract class AbstractGatewayModuleHook implements GatewayModuleHook {
    /**
     * Does nothing by default.
     *
     * @param manager the script manager
     */
    @Override
    public void initializeScriptManager(ScriptManager manager) {
    }

    /**
     * Returns no RPC handler by default.
     *
     * @param session the calling session
     * @param projectName the project the session runs
     * @return null
     */
    @Override
    public Object getRPCHandler(ClientReqSession session, String projectName) {
        return null;
    }

    /**
     * Returns false by default: the module takes part in licensing.
     *
     * @return false
     */
    @Override
    public boolean isFreeModule() {
        return false;
    }

    /**
     * Mounts no routes by default.
     *
     * @param routes the module's route group
     */
    @Override
    public void mountRouteHandlers(RouteGroup routes) {
    }

    /**
     * Serves no resource folder by default.
     *
     * @return empty
     */
    @Override
    public Optional<String> getMountedResourceFolder() {
        return Optional.empty();
    }

    /**
     * Uses the module id in mounted paths by default.
     *
     * @return empty
     */
    @Override
    public Optional<String> getMountPathAlias() {
        return Optional.empty();
    }

    /**
     * Adds no Status tabs by default.
     *
     * @return an empty list
     */
    @Override
    public List<? extends INamedTab> getStatusPanels() {
        return Collections.emptyList();
    }

    /**
     * Contributes nothing to the Overview page by default.
     *
     * @return empty
     */
    @Override
    public Optional<OverviewContributor> getStatusOverviewContributor() {
        return Optional.empty();
    }
}
