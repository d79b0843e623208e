package dev.sessioncontrol.gateway.web;

import java.util.Objects;

/**
 * The answer to one web request: an HTTP status and a JSON body. Every answer, success or
 * refusal, is JSON; a refusal reads {@code {"error": kind, "message": "..."}}.
 */
public final class WebResponse {
    /** The content type of every body. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final int status;
    private final String body;

    private WebResponse(int status, String body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status " + status + " is not 100 to 599");
        }
        this.status = status;
        this.body = Objects.requireNonNull(body, "body");
    }

    static WebResponse ok(String json) {
        return new WebResponse(200, json);
    }

    static WebResponse error(int status, String kind, String message) {
        String json = new JsonWriter().beginObject()
                .name("error").value(kind)
                .name("message").value(message)
                .endObject().toString();
        return new WebResponse(status, json);
    }

    /** Returns the HTTP status code. */
    public int status() {
        return status;
    }

    /** Returns the JSON body. */
    public String body() {
        return body;
    }

    @Override
    public String toString() {
        return "WebResponse{status=" + status + ", " + body.length() + " chars}";
    }
}
