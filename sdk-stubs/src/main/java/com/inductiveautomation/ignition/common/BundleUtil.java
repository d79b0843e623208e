package com.inductiveautomation.ignition.common;

/**
 * Stand-in for the Ignition 8.1 registry of localisation and script-doc bundles.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * examples, which call {@code BundleUtil.get().addBundle(String, Class, String)} and
 * {@code removeBundle(String)}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/GatewayHook.java
 * and {@code addBundle(String, ClassLoader, String)} for script docs:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/scripting-function/scripting-function-common/src/main/java/com/inductiveautomation/ignition/examples/scripting/AbstractScriptModule.java
 */
public class BundleUtil {
    /** Stand-in constructor; the platform hands out its instance through {@link #get()}. */
    protected BundleUtil() {
    }

    /**
     * Returns the platform's bundle registry.
     *
     * @return the shared registry
     */
    public static BundleUtil get() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Registers a properties bundle found through a class loader.
     *
     * @param name the bundle name, also used as the script-doc prefix
     * @param loader the class loader that can read the bundle
     * @param resourcePath the resource path of the bundle, without extension
     */
    public void addBundle(String name, ClassLoader loader, String resourcePath) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Registers a properties bundle that sits next to a class.
     *
     * @param name the bundle name
     * @param relativeTo the class whose package holds the bundle
     * @param resourceName the bundle file name, without extension
     */
    public void addBundle(String name, Class<?> relativeTo, String resourceName) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Removes a bundle registered under a name.
     *
     * @param name the bundle name
     */
    public void removeBundle(String name) {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
