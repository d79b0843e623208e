package dev.sessioncontrol.sandbox.web;

import com.sun.net.httpserver.HttpServer;
import dev.sessioncontrol.sandbox.platform.RequestTimeouts;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A page of another site (another port on 127.0.0.1, so the browser still sends the gateway's
 * cookies) that tries to kick a session as soon as it loads: a form posted as
 * {@code text/plain} with a JSON-looking body, the classic way around a JSON-only endpoint.
 */
final class HostileSite implements AutoCloseable {
    private final HttpServer server;

    private HostileSite(HttpServer server) {
        this.server = server;
    }

    static HostileSite serving(URI kickUrl) throws IOException {
        RequestTimeouts.apply();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<!DOCTYPE html><html><body>"
                + "<form id='f' method='POST' enctype='text/plain' action='" + kickUrl + "'>"
                + "<input type='hidden' name='{\"reason\":\"forged\",\"graceSeconds\":0,\"x\":\"'"
                + " value='\"}'></form>"
                + "<script>document.getElementById('f').submit();</script>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                out.write(page);
            }
        });
        server.start();
        return new HostileSite(server);
    }

    URI pageUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/win-a-prize");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
