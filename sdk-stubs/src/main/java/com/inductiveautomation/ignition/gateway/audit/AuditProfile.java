package com.inductiveautomation.ignition.gateway.audit;

/**
 * Stand-in for the Ignition 8.1 audit profile that stores audit records (the member this
 * module uses).
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1 example,
 * which imports it from this package and calls {@code audit(AuditRecord)} on the profile
 * returned by {@code context.getAuditManager().getProfile(name)}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/slack-alarm-notification/slack-notification-gateway/src/main/java/com/inductiveautomation/ignition/examples/slack/profile/SlackNotificationProfile.java
 * That it is an interface is unconfirmed; calls to it from module code would fail to link if
 * it were a class (see sdk-stubs/README.md).
 */
public interface AuditProfile {
    /**
     * Stores one record.
     *
     * @param record the record
     */
    void audit(AuditRecord record);
}
