package dev.sessioncontrol.gateway.web;

/**
 * A request refused by the web layer itself (before any session operation ran), carrying the
 * HTTP status and the error kind to answer with.
 */
final class WebRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String kind;

    WebRefusal(int status, String kind, String message) {
        super(message, null, false, false);
        this.status = status;
        this.kind = kind;
    }

    int status() {
        return status;
    }

    String kind() {
        return kind;
    }

    WebResponse toResponse() {
        return WebResponse.error(status, kind, getMessage());
    }
}
