package dev.sessioncontrol.bench;

import dev.sessioncontrol.common.OrderCodec;
import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.OrderSigner;
import dev.sessioncontrol.common.OrderVerifier;
import dev.sessioncontrol.common.ReplayMemory;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the cost of a terminate token against the HMAC at its heart: signing an order,
 * verifying a token (every check, including the replay memory), and a bare JDK HMAC-SHA256 over
 * the same bytes the token's MAC covers.
 *
 * <p>Each verification uses an order id the verifier has not seen, so that it runs every check
 * and accepts; after {@value #DISTINCT_TOKENS} tokens the verifier starts over with an empty
 * replay memory, a cost spread over that many calls.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TerminateTokenBenchmark {
    static final int DISTINCT_TOKENS = 1024;

    private static final Instant ISSUED_AT = Instant.parse("2024-05-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(ISSUED_AT, ZoneOffset.UTC);
    private static final String SESSION_ID = "3F2A9C1B";

    private final OrderSigner signer = new OrderSigner();
    private SessionKey key;
    private TerminateOrder order;
    private byte[] signedBytes;
    private Mac bareMac;
    private String[] tokens;
    private OrderVerifier verifier;
    private int next;

    @Setup
    public void prepare() throws Exception {
        SecureRandom random = new SecureRandom();
        key = SessionKey.generate(random);
        order = anOrder(OrderId.random(random));
        signedBytes = concat("v1.".getBytes(StandardCharsets.US_ASCII), OrderCodec.encode(order));
        bareMac = Mac.getInstance("HmacSHA256");
        bareMac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
        tokens = new String[DISTINCT_TOKENS];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = signer.sign(anOrder(OrderId.random(random)), key);
        }
        verifier = freshVerifier();
        next = 0;
    }

    @Benchmark
    public String sign() {
        return signer.sign(order, key);
    }

    @Benchmark
    public Verdict verify() {
        if (next == DISTINCT_TOKENS) {
            verifier = freshVerifier();
            next = 0;
        }
        Verdict verdict = verifier.verify(tokens[next++]);
        if (!verdict.isAccepted()) {
            throw new IllegalStateException("benchmark token rejected: " + verdict);
        }
        return verdict;
    }

    @Benchmark
    public byte[] bareHmacSha256() {
        return bareMac.doFinal(signedBytes);
    }

    private OrderVerifier freshVerifier() {
        return OrderVerifier.builder()
                .sessionId(SESSION_ID)
                .key(key)
                .clock(CLOCK)
                .replayMemory(new ReplayMemory(DISTINCT_TOKENS, Duration.ofHours(1), CLOCK))
                .build();
    }

    private static TerminateOrder anOrder(OrderId id) {
        return TerminateOrder.builder()
                .targetSessionId(SESSION_ID)
                .orderId(id)
                .issuedAt(ISSUED_AT)
                .expiresAt(ISSUED_AT.plusSeconds(60))
                .graceSeconds(30)
                .reason("Planned maintenance at 18:00. Please save your work.")
                .issuer("admin")
                .build();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
