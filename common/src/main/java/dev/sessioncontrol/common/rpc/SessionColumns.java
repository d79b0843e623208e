package dev.sessioncontrol.common.rpc;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** The columns of a session listing, in order, with their types. */
public final class SessionColumns {
    /** The public session id, as {@code system.util.getSessionInfo} shows it. */
    public static final String ID = "id";
    /** The user name, or "unauthenticated". */
    public static final String USER = "user";
    /** The host name the client reported. */
    public static final String HOST = "host";
    /** The client's network address as the gateway saw it. */
    public static final String ADDRESS = "address";
    /** The project the session runs. */
    public static final String PROJECT = "project";
    /** "client" or "designer". */
    public static final String SCOPE = "scope";
    /** When the session started. */
    public static final String STARTED = "started";
    /** When the gateway last heard from the session. */
    public static final String LAST_CONTACT = "lastContact";
    /** Whether the session's client module is registered, so that it can be kicked. */
    public static final String KICKABLE = "kickable";
    /** Whether the session is the caller's own. */
    public static final String SELF = "self";

    /** Column names in order. */
    public static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList(
            ID, USER, HOST, ADDRESS, PROJECT, SCOPE, STARTED, LAST_CONTACT, KICKABLE, SELF));

    /** Column types in order. */
    public static final List<Class<?>> TYPES = Collections.unmodifiableList(Arrays.asList(
            String.class, String.class, String.class, String.class, String.class, String.class,
            Date.class, Date.class, Boolean.class, Boolean.class));

    private SessionColumns() {
    }
}
