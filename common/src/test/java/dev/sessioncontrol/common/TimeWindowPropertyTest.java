package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The time checks agree with exact arithmetic for every instant, offset and skew allowed. */
class TimeWindowPropertyTest {
    private static final long LONGEST_OFFSET_MILLIS = Duration.ofDays(36_525).toMillis();

    private final OrderSigner signer = new OrderSigner();

    @Property
    void timeVerdictMatchesExactArithmetic(
            @ForAll("millis") long issuedMillis,
            @ForAll("lifetimes") long lifetime,
            @ForAll("millis") long localNow,
            @ForAll("offsets") long offset,
            @ForAll @LongRange(min = 0, max = 3_600_000) long skew) {
        long issuedAt = Math.min(issuedMillis, Long.MAX_VALUE - 1);
        long expiresAt = issuedAt + Math.min(lifetime, Long.MAX_VALUE - issuedAt);
        TerminateOrder order = TestOrders.anOrder()
                .issuedAt(Instant.ofEpochMilli(issuedAt))
                .expiresAt(Instant.ofEpochMilli(expiresAt))
                .build();
        OrderVerifier verifier = TestOrders.aVerifier()
                .clock(TestOrders.clockAt(Instant.ofEpochMilli(localNow)))
                .clockOffset(Duration.ofMillis(offset))
                .maxSkew(Duration.ofMillis(skew))
                .build();

        Verdict verdict = verifier.verify(signer.sign(order, TestOrders.KEY));

        assertThat(verdict.rejectReason().map(Enum::name).orElse("ACCEPTED"))
                .isEqualTo(exactVerdict(order, localNow, offset, skew));
    }

    @Provide
    Arbitrary<Long> millis() {
        return Arbitraries.oneOf(
                Arbitraries.longs(),
                Arbitraries.longs().between(1_700_000_000_000L, 1_700_000_600_000L),
                Arbitraries.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L,
                        Long.MAX_VALUE - 1, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<Long> lifetimes() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 600_000),
                Arbitraries.longs().between(1, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<Long> offsets() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-LONGEST_OFFSET_MILLIS, LONGEST_OFFSET_MILLIS),
                Arbitraries.longs().between(-120_000, 120_000),
                Arbitraries.of(-LONGEST_OFFSET_MILLIS, 0L, LONGEST_OFFSET_MILLIS));
    }

    private static String exactVerdict(TerminateOrder order, long localNow, long offset,
            long skew) {
        BigInteger now = BigInteger.valueOf(localNow).add(BigInteger.valueOf(offset));
        BigInteger skewMillis = BigInteger.valueOf(skew);
        BigInteger expires = BigInteger.valueOf(order.expiresAt().toEpochMilli());
        BigInteger issued = BigInteger.valueOf(order.issuedAt().toEpochMilli());
        if (now.compareTo(expires.add(skewMillis)) > 0) {
            return "EXPIRED";
        }
        if (issued.compareTo(now.add(skewMillis)) > 0) {
            return "NOT_YET_VALID";
        }
        return "ACCEPTED";
    }
}
