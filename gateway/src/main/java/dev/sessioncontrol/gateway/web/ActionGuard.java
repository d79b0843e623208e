package dev.sessioncontrol.gateway.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The CSRF defences in front of every state-changing route, checked in this order so that a
 * forged request always meets a 403: the origin must be the gateway's own (when the browser
 * names one), the CSRF token of the caller's web session must be in the
 * {@value SessionWebApi#CSRF_HEADER} header, and the body must be declared as JSON (which a
 * plain HTML form cannot send). Finally the body must fit the size limit.
 */
final class ActionGuard {
    private final CsrfTokens tokens;
    private final int maxBodyChars;

    ActionGuard(CsrfTokens tokens, int maxBodyChars) {
        this.tokens = tokens;
        this.maxBodyChars = maxBodyChars;
    }

    /**
     * Refuses a request that fails a defence.
     *
     * @param request a request to an action route
     * @throws WebRefusal with 403, 415 or 413 and a message that says what to do
     */
    void check(WebRequest request) {
        if (!OriginCheck.isSameOrigin(request)) {
            throw new WebRefusal(403, "CROSS_ORIGIN", "Refused: the request came from a page"
                    + " of another site (Origin or Referer differs from the gateway's address)."
                    + " Use the Session Control page of this gateway.");
        }
        Optional<String> sessionId = request.webSessionId();
        Optional<String> token = request.header(SessionWebApi.CSRF_HEADER);
        if (!sessionId.isPresent() || !token.isPresent()
                || !tokens.matches(sessionId.get(), token.get().trim())) {
            throw new WebRefusal(403, "CSRF_TOKEN", "Refused: the " + SessionWebApi.CSRF_HEADER
                    + " header is missing or does not match this web session. Reload the page,"
                    + " or fetch the token from GET csrf and send it in that header.");
        }
        if (!isJson(request.header("Content-Type"))) {
            throw new WebRefusal(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with"
                    + " the header 'Content-Type: application/json'.");
        }
        if (request.body().length() > maxBodyChars) {
            throw new WebRefusal(413, "BODY_TOO_LARGE", "The body has "
                    + request.body().length() + " characters; the limit is " + maxBodyChars);
        }
    }

    private static boolean isJson(Optional<String> contentType) {
        if (!contentType.isPresent()) {
            return false;
        }
        String[] parts = contentType.get().toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].trim().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }
}
