package com.inductiveautomation.ignition.common.gateway.messages;

import java.io.Serializable;

/**
 * Stand-in for the Ignition 8.1 push notification delivered from the gateway to a client. A
 * plain value holder: module id, message type and message.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/gateway/messages/PushNotification.html
 */
public class PushNotification implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String moduleId;
    private final String messageType;
    private final Serializable message;

    public PushNotification(String moduleId, String messageType, Serializable message) {
        this.moduleId = moduleId;
        this.messageType = messageType;
        this.message = message;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getMessageType() {
        return messageType;
    }

    public Object getMessage() {
        return message;
    }
}
