package dev.sessioncontrol.common.rpc;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** The columns of a session listing, in order, with their types. */
public final class SessionColumns {
    /** The public session id, as {@code system.util.getSessionInfo} shows it. */
    public static final String ID = "id";
    /** "vision", "designer" or "perspective". */
    public static final String TYPE = "type";
    /** The user name, or "unauthenticated". */
    public static final String USER = "user";
    /** The host name the client reported. */
    public static final String HOST = "host";
    /** The client's network address as the gateway saw it. */
    public static final String ADDRESS = "address";
    /** The project the session runs. */
    public static final String PROJECT = "project";
    /** "client", "designer" (also a Perspective session in a designer) or "perspective". */
    public static final String SCOPE = "scope";
    /** The device or browser, for Perspective sessions; empty otherwise. */
    public static final String DEVICE = "device";
    /** When the session started. */
    public static final String STARTED = "started";
    /** When the gateway last heard from the session. */
    public static final String LAST_CONTACT = "lastContact";
    /** Seconds since the session started. */
    public static final String UPTIME_SECONDS = "uptimeSeconds";
    /** Seconds since the gateway last heard from the session. */
    public static final String IDLE_SECONDS = "idleSeconds";
    /** Whether the session can be kicked: a registered client module, or Perspective. */
    public static final String KICKABLE = "kickable";
    /** Whether the session is the caller's own. */
    public static final String SELF = "self";

    /** Column names in order. */
    public static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList(
            ID, TYPE, USER, HOST, ADDRESS, PROJECT, SCOPE, DEVICE, STARTED, LAST_CONTACT,
            UPTIME_SECONDS, IDLE_SECONDS, KICKABLE, SELF));

    /** Column types in order. */
    public static final List<Class<?>> TYPES = Collections.unmodifiableList(Arrays.asList(
            String.class, String.class, String.class, String.class, String.class, String.class,
            String.class, String.class, Date.class, Date.class, Long.class, Long.class,
            Boolean.class, Boolean.class));

    private SessionColumns() {
    }
}
