package com.inductiveautomation.ignition.common.model;

/**
 * Stand-in for the Ignition 8.1 scope bit flags.
 *
 * <p>Checked against the 7.8.4 page (final class; int fields NONE, GATEWAY, DESIGNER, CLIENT,
 * ALL; static helpers isGateway, isClient, isDesigner):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/common/model/ApplicationScope.html
 * The same members appear in the 8.1 API stubs generated from the platform:
 * https://github.com/ignition-devs/ignition-api-8.1/blob/main/stubs/stubs/com/inductiveautomation/ignition/common/model/__init__.pyi
 * The values GATEWAY = 1, DESIGNER = 2, CLIENT = 4 are stated by the 8.1 manual
 * (system.util.audit, originatingContext: "1 means Gateway, 2 means Designer, 4 means
 * Client"): https://docs.inductiveautomation.com/display/DOC81/system.util.audit
 * NONE = 0 and ALL = 7 follow from the bitmask and are not stated on any page found.
 *
 * <p>The constants are deliberately not compile-time constants, so that code compiled against
 * this stand-in reads the platform's real values at run time instead of inlining ours.
 */
public final class ApplicationScope {
    /** No scope. */
    public static final int NONE = Integer.valueOf(0);
    /** The gateway scope. */
    public static final int GATEWAY = Integer.valueOf(1);
    /** The designer scope. */
    public static final int DESIGNER = Integer.valueOf(2);
    /** The Vision client scope. */
    public static final int CLIENT = Integer.valueOf(4);
    /** Every scope. */
    public static final int ALL = Integer.valueOf(7);

    private ApplicationScope() {
    }

    /**
     * Tells whether a scope mask includes the gateway.
     *
     * @param scope the scope mask
     * @return true if the gateway bit is set
     */
    public static boolean isGateway(int scope) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Tells whether a scope mask includes the Vision client.
     *
     * @param scope the scope mask
     * @return true if the client bit is set
     */
    public static boolean isClient(int scope) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Tells whether a scope mask includes the designer.
     *
     * @param scope the scope mask
     * @return true if the designer bit is set
     */
    public static boolean isDesigner(int scope) {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
