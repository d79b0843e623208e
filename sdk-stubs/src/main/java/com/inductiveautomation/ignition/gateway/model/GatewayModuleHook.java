package com.inductiveautomation.ignition.gateway.model;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteGroup;
import com.inductiveautomation.ignition.gateway.web.models.INamedTab;
import com.inductiveautomation.ignition.gateway.web.pages.status.overviewmeta.OverviewContributor;
import java.util.List;
import java.util.Optional;

/**
 * Stand-in for the Ignition 8.1 gateway module hook (the members this module overrides).
 *
 * <p>No page of this interface is in the stored javadoc. Checked against the 8.1.46 page of
 * the Perspective gateway hook, which overrides {@code getRPCHandler(ClientReqSession,
 * String)}, {@code getMountPathAlias()} and {@code getMountedResourceFolder()}:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.46/com/inductiveautomation/perspective/gateway/GatewayHook.html
 * and the official 8.1 gateway hook, which overrides setup, startup, shutdown,
 * mountRouteHandlers, getMountPathAlias, getMountedResourceFolder, getStatusPanels and
 * getStatusOverviewContributor with these signatures:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/GatewayHook.java
 */
public interface GatewayModuleHook {
    /**
     * Called before startup with the gateway context.
     *
     * @param context the gateway context
     */
    void setup(GatewayContext context);

    /**
     * Called when the gateway starts the module.
     *
     * @param activationState the module's license state
     */
    void startup(LicenseState activationState);

    /** Called when the gateway stops the module. */
    void shutdown();

    /**
     * Lets the module add script functions to a newly created gateway script manager.
     *
     * @param manager the script manager
     */
    void initializeScriptManager(ScriptManager manager);

    /**
     * Returns the object that answers RPC calls from the given client or designer session.
     *
     * @param session the calling session
     * @param projectName the project the session runs
     * @return the RPC handler, or null for none
     */
    Object getRPCHandler(ClientReqSession session, String projectName);

    /**
     * Tells whether the module is free, that is, outside licensing.
     *
     * @return true for a free module
     */
    boolean isFreeModule();

    /**
     * Lets the module mount data routes under {@code /data/<module id or alias>/}; called after
     * startup.
     *
     * @param routes the module's route group
     */
    void mountRouteHandlers(RouteGroup routes);

    /**
     * Names the folder in the module's gateway jar served under
     * {@code /res/<module id or alias>/}.
     *
     * @return the folder, or empty for none
     */
    Optional<String> getMountedResourceFolder();

    /**
     * Names a shorter alias used instead of the module id in mounted paths.
     *
     * @return the alias, or empty to use the module id
     */
    Optional<String> getMountPathAlias();

    /**
     * Returns the tabs this module adds to the Status section of the gateway web page.
     *
     * @return the tabs
     */
    List<? extends INamedTab> getStatusPanels();

    /**
     * Returns the contributor of lines to the Status &gt; Overview page.
     *
     * @return the contributor, or empty for none
     */
    Optional<OverviewContributor> getStatusOverviewContributor();
}
