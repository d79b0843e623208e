package com.inductiveautomation.ignition.gateway.audit;

import java.io.Serializable;
import java.util.Date;

/**
 * Stand-in for the Ignition 8.1 record of one audit event.
 *
 * <p>Checked against the 8.1.37 page (interface extending Serializable; the nine getters):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.37/com/inductiveautomation/ignition/gateway/audit/AuditRecord.html
 */
public interface AuditRecord extends Serializable {
    /**
     * Returns who performed the event.
     *
     * @return a user name or a system name
     */
    String getActor();

    /**
     * Returns where the actor was.
     *
     * @return an address or host name
     */
    String getActorHost();

    /**
     * Returns what happened.
     *
     * @return the action
     */
    String getAction();

    /**
     * Returns what the action happened to.
     *
     * @return the action target
     */
    String getActionTarget();

    /**
     * Returns the value of the action.
     *
     * @return the action value, possibly null
     */
    String getActionValue();

    /**
     * Returns the status code telling whether the action succeeded.
     *
     * @return the status code
     */
    int getStatusCode();

    /**
     * Returns when the event happened.
     *
     * @return the timestamp
     */
    Date getTimestamp();

    /**
     * Returns a description of the system the record came from.
     *
     * @return the originating system
     */
    String getOriginatingSystem();

    /**
     * Returns the ApplicationScope the record came from.
     *
     * @return the originating scope
     */
    int getOriginatingContext();
}
