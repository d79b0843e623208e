package com.inductiveautomation.ignition.common.gateway.messages;

import java.io.Serializable;

/**
 * Stand-in for the Ignition 8.1 push notification delivered from the gateway to a client. A
 * plain value holder: module id, message type and message.
 *
 * <p>No javadoc page of this type is in the stored javadoc (8.1 or older). Checked against the
 * SDK guide, which defines a notification by "moduleId, messagetype, message ... the third is a
 * serializable object to be delivered":
 * https://www.sdk-docs.inductiveautomation.com/docs/programming-for-the-designer/gateway-to-client-communication-push-notification/
 * The constructor and the exact return type of {@link #getMessage()} are unconfirmed; see
 * sdk-stubs/README.md ("Unconfirmed") for how client code should read the message.
 */
public class PushNotification implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String moduleId;
    private final String messageType;
    private final Serializable message;

    /**
     * Creates a notification.
     *
     * @param moduleId the id of the module the notification is for
     * @param messageType the module-defined type of the message
     * @param message the payload
     */
    public PushNotification(String moduleId, String messageType, Serializable message) {
        this.moduleId = moduleId;
        this.messageType = messageType;
        this.message = message;
    }

    /**
     * Returns the id of the module the notification is for.
     *
     * @return the module id
     */
    public String getModuleId() {
        return moduleId;
    }

    /**
     * Returns the module-defined type of the message.
     *
     * @return the message type
     */
    public String getMessageType() {
        return messageType;
    }

    /**
     * Returns the payload.
     *
     * @return the message
     */
    public Object getMessage() {
        return message;
    }
}
