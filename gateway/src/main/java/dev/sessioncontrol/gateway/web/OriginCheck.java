package dev.sessioncontrol.gateway.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Tells whether a state-changing request comes from a page of the gateway itself, by comparing
 * the {@code Origin} header (or, without it, the {@code Referer}) with the {@code Host} the
 * browser addressed. Requests carrying neither header pass this check; the CSRF token and the
 * JSON content type still stand in their way.
 *
 * <p>Limitation: behind a reverse proxy that rewrites {@code Host}, pages served through the
 * proxy look cross-origin; configure the proxy to keep the original {@code Host}.
 */
final class OriginCheck {
    private OriginCheck() {
    }

    /**
     * Tells whether the request's origin, when it names one, is the gateway's own.
     *
     * @param request the request
     * @return false when Origin or Referer names another host or port, or is unreadable
     */
    static boolean isSameOrigin(WebRequest request) {
        Optional<String> origin = request.header("Origin");
        if (origin.isPresent()) {
            return sameAuthority(origin.get(), request.header("Host"));
        }
        Optional<String> referer = request.header("Referer");
        return referer.map(r -> sameAuthority(r, request.header("Host"))).orElse(true);
    }

    private static boolean sameAuthority(String url, Optional<String> host) {
        Optional<URI> source = parse(url.trim());
        Optional<URI> addressed = host.flatMap(h -> parse("http://" + h.trim()));
        if (!source.isPresent() || !addressed.isPresent()) {
            return false;
        }
        URI from = source.get();
        URI to = addressed.get();
        int sourcePort = from.getPort() >= 0 ? from.getPort() : defaultPort(from.getScheme());
        // A Host header without a port means the default port of whichever scheme was used.
        int addressedPort = to.getPort() >= 0 ? to.getPort() : defaultPort(from.getScheme());
        return from.getHost().equalsIgnoreCase(to.getHost()) && sourcePort == addressedPort;
    }

    private static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url);
            boolean usable = uri.getScheme() != null && uri.getHost() != null;
            return usable ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
