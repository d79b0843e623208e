package com.inductiveautomation.ignition.gateway.clientcomm;

import java.io.Serializable;
import javax.servlet.http.HttpSession;

/**
 * Stand-in for the Ignition 8.1 session of a Vision client or designer: an {@link HttpSession}
 * with Ignition's attributes and a per-session push-notification queue.
 *
 * <p>No 8.1 page of this type is in the stored javadoc (nothing newer than 7.8.4 before 8.3).
 * Checked against the 7.8.4 page (abstract class implementing HttpSession; abstract
 * {@code addNotification}):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/gateway/clientcomm/ClientReqSession.html
 * and the 8.3.0-SNAPSHOT page, which keeps the same shape and attribute keys (with
 * {@code SESSION_PROJECT_NAME}) on jakarta.servlet:
 * https://files.inductiveautomation.com/sdk/javadoc/earlyaccess/ignition83/8.3.0-SNAPSHOT/com/inductiveautomation/ignition/gateway/clientcomm/ClientReqSession.html
 * {@code getPublicId()} and {@code isDesigner()} are seen only in 8.x module code. The key
 * strings below are ours; the platform's own values are read at run time.
 *
 * <p>The attribute keys are deliberately not compile-time constants, so that code compiled
 * against this stand-in reads the platform's real key values at run time.
 */
public abstract class ClientReqSession implements HttpSession {
    /** The attribute key of the user name (a String). */
    public static final String SESSION_USERNAME = String.valueOf("session.username");
    /** The attribute key of the logged-in User. */
    public static final String SESSION_USER = String.valueOf("session.user");
    /** The attribute key of the project name (a String). */
    public static final String SESSION_PROJECT_NAME = String.valueOf("session.project.name");
    /** The attribute key of the client's IP address (a String). */
    public static final String SESSION_REMOTE_ADDR = String.valueOf("session.remote.addr");
    /** The attribute key of the host name the client reports (a String). */
    public static final String SESSION_REMOTE_HOST = String.valueOf("session.remote.host");
    /** The attribute key of the designer flag. */
    public static final String SESSION_IS_DESIGNER = String.valueOf("session.is.designer");

    /** Stand-in constructor for in-memory sessions; the platform creates real sessions. */
    protected ClientReqSession() {
    }

    /**
     * Returns the id shown for this session in the gateway web page and in
     * {@code system.util.getSessionInfo()}.
     *
     * @return the public session id
     */
    public abstract String getPublicId();

    /**
     * Tells whether this session belongs to a designer rather than a Vision client.
     *
     * @return true for a designer session
     */
    public abstract boolean isDesigner();

    /**
     * Queues a notification for this one session; the client receives it as a
     * {@code PushNotification} at its next poll.
     *
     * @param moduleId the id of the module the notification is for
     * @param messageType the module-defined message type
     * @param message the payload
     */
    public abstract void addNotification(String moduleId, String messageType,
            Serializable message);
}
