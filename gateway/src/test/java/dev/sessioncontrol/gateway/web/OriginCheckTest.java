package dev.sessioncontrol.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginCheckTest {
    private static WebRequest.Builder toGateway(String host) {
        return WebRequest.builder("POST", "sessions/a1/kick").header("Host", host);
    }

    @Test
    void acceptsTheGatewaysOwnOrigin() {
        WebRequest request = toGateway("gw.plant.local:8088")
                .header("Origin", "http://gw.plant.local:8088").build();

        assertThat(OriginCheck.isSameOrigin(request)).isTrue();
    }

    @Test
    void acceptsAnHttpsOriginOnTheDefaultPort() {
        WebRequest request = toGateway("gw.plant.local")
                .header("Origin", "https://GW.plant.local").build();

        assertThat(OriginCheck.isSameOrigin(request)).isTrue();
    }

    @Test
    void refusesAnotherHost() {
        WebRequest request = toGateway("gw.plant.local:8088")
                .header("Origin", "http://attacker.invalid:8088").build();

        assertThat(OriginCheck.isSameOrigin(request)).isFalse();
    }

    @Test
    void refusesAnotherPortOfTheSameHost() {
        WebRequest request = toGateway("127.0.0.1:8088")
                .header("Origin", "http://127.0.0.1:9000").build();

        assertThat(OriginCheck.isSameOrigin(request)).isFalse();
    }

    @Test
    void refusesTheOpaqueNullOrigin() {
        WebRequest request = toGateway("127.0.0.1:8088").header("Origin", "null").build();

        assertThat(OriginCheck.isSameOrigin(request)).isFalse();
    }

    @Test
    void fallsBackToTheReferer() {
        WebRequest same = toGateway("127.0.0.1:8088")
                .header("Referer", "http://127.0.0.1:8088/res/dev.sessioncontrol/status.html")
                .build();
        WebRequest other = toGateway("127.0.0.1:8088")
                .header("Referer", "http://127.0.0.1:9000/evil.html").build();

        assertThat(OriginCheck.isSameOrigin(same)).isTrue();
        assertThat(OriginCheck.isSameOrigin(other)).isFalse();
    }

    @Test
    void refusesAnOriginWhenTheHostHeaderIsMissing() {
        WebRequest request = WebRequest.builder("POST", "x")
                .header("Origin", "http://127.0.0.1:8088").build();

        assertThat(OriginCheck.isSameOrigin(request)).isFalse();
    }

    @Test
    void letsARequestWithoutOriginOrRefererThroughToTheOtherDefences() {
        assertThat(OriginCheck.isSameOrigin(toGateway("127.0.0.1:8088").build())).isTrue();
    }
}
