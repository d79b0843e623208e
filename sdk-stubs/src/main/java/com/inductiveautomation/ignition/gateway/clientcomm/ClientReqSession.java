package com.inductiveautomation.ignition.gateway.clientcomm;

import java.io.Serializable;
import javax.servlet.http.HttpSession;

/**
 * Stand-in for the Ignition 8.1 session of a Vision client or designer: an {@link HttpSession}
 * with Ignition's attributes and a per-session push-notification queue.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/gateway/clientcomm/ClientReqSession.html
 * and the 8.3 page of the same class (same attribute keys); 8.x module code uses these members.
 *
 * <p>The attribute keys are deliberately not compile-time constants, so that code compiled
 * against this stand-in reads the platform's real key values at run time.
 */
public abstract class ClientReqSession implements HttpSession {
    public static final String SESSION_USERNAME = String.valueOf("session.username");
    public static final String SESSION_USER = String.valueOf("session.user");
    public static final String SESSION_PROJECT_NAME = String.valueOf("session.project.name");
    public static final String SESSION_REMOTE_ADDR = String.valueOf("session.remote.addr");
    public static final String SESSION_REMOTE_HOST = String.valueOf("session.remote.host");
    public static final String SESSION_IS_DESIGNER = String.valueOf("session.is.designer");

    protected ClientReqSession() {
    }

    public abstract String getPublicId();

    public abstract boolean isDesigner();

    public abstract void addNotification(String moduleId, String messageType,
            Serializable message);
}
