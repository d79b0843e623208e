package com.inductiveautomation.ignition.common.model;

/**
 * Stand-in for the Ignition 8.1 scope bit flags.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/model/ApplicationScope.html
 *
 * <p>The constants are deliberately not compile-time constants, so that code compiled against
 * this stand-in reads the platform's real values at run time instead of inlining ours.
 */
public final class ApplicationScope {
    public static final int NONE = Integer.valueOf(0);
    public static final int GATEWAY = Integer.valueOf(1);
    public static final int DESIGNER = Integer.valueOf(2);
    public static final int CLIENT = Integer.valueOf(4);
    public static final int ALL = Integer.valueOf(7);

    private ApplicationScope() {
    }

    public static boolean isGateway(int scope) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    public static boolean isClient(int scope) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    public static boolean isDesigner(int scope) {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
