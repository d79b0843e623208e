package dev.sessioncontrol.sandbox.platform;

/**
 * The read timeout of every JDK HTTP server in the sandbox: a request whose headers or body do
 * not arrive within {@value #MAX_REQUEST_SECONDS} seconds is cut off, so a caller that sends
 * {@code Content-Length: 100} and no body holds a worker thread only that long.
 *
 * <p>The JDK's server reads the setting ({@code sun.net.httpserver.maxReqTime}) once, when the
 * first server of the JVM is created, so {@link #apply()} must run before that; both sandbox
 * servers call it first thing. It covers reading the request only: a long poll that waits
 * before it answers is not cut off. A value set on the command line is kept.
 */
public final class RequestTimeouts {
    /** How long a request may take to arrive, in seconds. */
    public static final int MAX_REQUEST_SECONDS = 5;

    private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

    private RequestTimeouts() {
    }

    /** Sets the timeout for the servers this JVM creates from now on, unless one is set. */
    public static synchronized void apply() {
        if (System.getProperty(MAX_REQUEST_TIME) == null) {
            System.setProperty(MAX_REQUEST_TIME, Integer.toString(MAX_REQUEST_SECONDS));
        }
    }
}
