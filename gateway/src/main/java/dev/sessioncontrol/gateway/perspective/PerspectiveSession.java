package dev.sessioncontrol.gateway.perspective;

import java.util.Objects;

/**
 * One Perspective session as the gateway reports it through
 * {@code system.perspective.getSessionInfo()}: id, user, project, address, device, how long it
 * has run and how long since it was last heard from, and whether a designer hosts it.
 */
public final class PerspectiveSession {
    private final String id;
    private final String user;
    private final String project;
    private final String address;
    private final String userAgent;
    private final long uptimeMillis;
    private final long idleMillis;
    private final boolean designerHosted;

    /**
     * Creates the snapshot.
     *
     * @param id the session id
     * @param user the user name as Perspective gives it ("Unauthenticated" when none)
     * @param project the project name
     * @param address the client's address
     * @param userAgent the device or browser
     * @param uptimeMillis milliseconds since the session started
     * @param idleMillis milliseconds since the last communication
     * @param designerHosted true when the session runs inside a designer
     */
    public PerspectiveSession(String id, String user, String project, String address,
            String userAgent, long uptimeMillis, long idleMillis, boolean designerHosted) {
        this.id = Objects.requireNonNull(id, "id");
        this.user = user == null ? "" : user;
        this.project = project == null ? "" : project;
        this.address = address == null ? "" : address;
        this.userAgent = userAgent == null ? "" : userAgent;
        this.uptimeMillis = Math.max(0, uptimeMillis);
        this.idleMillis = Math.max(0, idleMillis);
        this.designerHosted = designerHosted;
    }

    /** Returns the session id. */
    public String id() {
        return id;
    }

    /** Returns the user name as Perspective gives it. */
    public String user() {
        return user;
    }

    /** Returns the project name. */
    public String project() {
        return project;
    }

    /** Returns the client's address. */
    public String address() {
        return address;
    }

    /** Returns the device or browser. */
    public String userAgent() {
        return userAgent;
    }

    /** Returns milliseconds since the session started. */
    public long uptimeMillis() {
        return uptimeMillis;
    }

    /** Returns milliseconds since the last communication. */
    public long idleMillis() {
        return idleMillis;
    }

    /** Tells whether a designer hosts the session. */
    public boolean isDesignerHosted() {
        return designerHosted;
    }

    @Override
    public String toString() {
        return "PerspectiveSession{" + id + ", user=" + user + ", project=" + project
                + (designerHosted ? ", in designer" : "") + "}";
    }
}
