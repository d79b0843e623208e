package com.inductiveautomation.ignition.gateway.audit;

/**
 * Stand-in for the Ignition 8.1 registry of audit profiles (the member this module uses).
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1 example,
 * which calls {@code context.getAuditManager().getProfile(auditProfileName)} and checks the
 * result for null:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/slack-alarm-notification/slack-notification-gateway/src/main/java/com/inductiveautomation/ignition/examples/slack/profile/SlackNotificationProfile.java
 * The package and kind of this type are unconfirmed: the example only chains the call, so no
 * import names it (see sdk-stubs/README.md).
 */
public interface AuditManager {
    /**
     * Finds an audit profile by name.
     *
     * @param name the profile name
     * @return the profile, or null if there is none
     */
    AuditProfile getProfile(String name);
}
