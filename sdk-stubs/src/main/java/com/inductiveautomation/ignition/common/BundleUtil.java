package com.inductiveautomation.ignition.common;

/**
 * Stand-in for the Ignition 8.1 registry of localisation and script-doc bundles.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/BundleUtil.html
 */
public class BundleUtil {
    protected BundleUtil() {
    }

    public static BundleUtil get() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    public void addBundle(String name, ClassLoader loader, String resourcePath) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    public void addBundle(String name, Class<?> relativeTo, String resourceName) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    public void removeBundle(String name) {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
