package com.inductiveautomation.ignition.client.gateway_interface;

/**
 * Stand-in for the Ignition 8.1 factory of client-side RPC proxies to a module's gateway hook.
 *
 * <p>Checked against the 7.8.4 page, which shows {@code create} with a trailing
 * {@code Class<?>... otherInterfaces} parameter (no 8.1 page of this type is published in the
 * stored javadoc):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/client/gateway_interface/ModuleRPCFactory.html
 * The official 8.1 example calls it with two arguments, which compiles against this form:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/scripting-function/scripting-function-client/src/main/java/com/inductiveautomation/ignition/examples/scripting/client/ClientHook.java
 */
public class ModuleRPCFactory {
    /** Creates the factory; all of its useful members are static. */
    public ModuleRPCFactory() {
    }

    /**
     * Generates a proxy that sends each call of {@code primaryInterface} to the RPC handler of
     * the given module on the gateway.
     *
     * @param moduleId the id of the module whose gateway hook returns the RPC handler
     * @param primaryInterface the interface the proxy implements
     * @param otherInterfaces further interfaces of the handler to expose through the proxy
     * @param <T> the type of the primary interface
     * @return the proxy
     */
    public static <T> T create(String moduleId, Class<T> primaryInterface,
            Class<?>... otherInterfaces) {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
