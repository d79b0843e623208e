package dev.sessioncontrol.gateway.session;

import dev.sessioncontrol.common.rpc.SessionScope;
import dev.sessioncontrol.common.rpc.SessionType;
import java.time.Instant;
import java.util.Objects;

/** A snapshot of one gateway session as the registry read it. */
public final class SessionRecord {
    /** Shown as the user of a session that has not logged in. */
    public static final String UNAUTHENTICATED = "unauthenticated";

    private final String id;
    private final SessionType type;
    private final String device;
    private final String user;
    private final String host;
    private final String address;
    private final String project;
    private final SessionScope scope;
    private final Instant started;
    private final Instant lastContact;
    private final boolean kickable;

    SessionRecord(String id, String user, String host, String address, String project,
            SessionScope scope, Instant started, Instant lastContact, boolean kickable) {
        this(id, scope == SessionScope.DESIGNER ? SessionType.DESIGNER : SessionType.VISION,
                user, host, address, project, scope, "", started, lastContact, kickable);
    }

    SessionRecord(String id, SessionType type, String user, String host, String address,
            String project, SessionScope scope, String device, Instant started,
            Instant lastContact, boolean kickable) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.device = device == null ? "" : device;
        this.user = user == null || user.isEmpty() || UNAUTHENTICATED.equalsIgnoreCase(user)
                ? UNAUTHENTICATED : user;
        this.host = host == null ? "" : host;
        this.address = address == null ? "" : address;
        this.project = project == null ? "" : project;
        this.scope = Objects.requireNonNull(scope, "scope");
        this.started = started;
        this.lastContact = lastContact;
        this.kickable = kickable;
    }

    /** Returns the public session id. */
    public String id() {
        return id;
    }

    /** Returns whether this is a Vision client, a designer or a Perspective session. */
    public SessionType type() {
        return type;
    }

    /** Returns the device or browser of a Perspective session; empty otherwise. */
    public String device() {
        return device;
    }

    /** Tells whether this is a Perspective session, closed by the gateway rather than ordered. */
    public boolean isPerspective() {
        return type == SessionType.PERSPECTIVE;
    }

    /** Returns the user name, or {@value #UNAUTHENTICATED}. */
    public String user() {
        return user;
    }

    /** Returns the host name the client reported, or an empty string. */
    public String host() {
        return host;
    }

    /** Returns the client's address as the gateway saw it, or an empty string. */
    public String address() {
        return address;
    }

    /** Returns the project name, or an empty string. */
    public String project() {
        return project;
    }

    /** Returns whether this is a Vision client or a designer. */
    public SessionScope scope() {
        return scope;
    }

    /** Returns when the session started. */
    public Instant started() {
        return started;
    }

    /** Returns when the gateway last heard from the session. */
    public Instant lastContact() {
        return lastContact;
    }

    /**
     * Tells whether the session can be kicked: its client module registered a key, or it is a
     * Perspective session, which the gateway closes itself.
     */
    public boolean isKickable() {
        return kickable;
    }

    @Override
    public String toString() {
        return "SessionRecord{id=" + id + ", type=" + type.label() + ", user=" + user
                + ", host=" + host + ", project=" + project + ", scope=" + scope.label()
                + ", kickable=" + kickable + "}";
    }
}
