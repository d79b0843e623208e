package dev.sessioncontrol.gateway.perspective;

import java.util.List;

/** The gateway's Perspective sessions, when Perspective is installed. */
public interface PerspectiveSessions {
    /** Tells whether Perspective is installed and answering. */
    boolean isPresent();

    /**
     * Lists the Perspective sessions.
     *
     * @return the sessions; empty when Perspective is not present
     */
    List<PerspectiveSession> list();

    /**
     * Closes one Perspective session, showing the message to its user.
     *
     * @param sessionId the session id
     * @param message the text shown to the user
     * @return true if Perspective accepted the request
     */
    boolean close(String sessionId, String message);

    /** Returns the stand-in for a gateway without Perspective. */
    static PerspectiveSessions absent() {
        return AbsentPerspective.INSTANCE;
    }
}
