package dev.sessioncontrol.common.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KickOptionsTest {
    @Test
    void defaultsAskForNoReasonNoGraceAndNoForce() {
        KickOptions options = KickOptions.builder().build();

        assertThat(options.reason()).isEmpty();
        assertThat(options.graceSeconds()).isZero();
        assertThat(options.isForce()).isFalse();
        assertThat(options.isIncludeSelf()).isFalse();
        assertThat(options.isIncludeDesigners()).isFalse();
        assertThat(options.lockoutMinutes()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, KickOptions.MAX_LOCKOUT_MINUTES})
    void lockoutWithinRangeIsKept(int minutes) {
        KickOptions options = KickOptions.builder().lockoutMinutes(minutes).build();

        assertThat(options.lockoutMinutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, KickOptions.MAX_LOCKOUT_MINUTES + 1})
    void lockoutOutOfRangeIsRefusedNamingTheValue(int minutes) {
        assertThatThrownBy(() -> KickOptions.builder().lockoutMinutes(minutes).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lockoutMinutes")
                .hasMessageContaining(String.valueOf(minutes));
    }

    @Test
    void nullReasonMeansNoReason() {
        KickOptions options = KickOptions.builder().reason(null).build();

        assertThat(options.reason()).isEmpty();
    }

    @Test
    void reasonIsTrimmed() {
        KickOptions options = KickOptions.builder().reason("  Shift change \n").build();

        assertThat(options.reason()).isEqualTo("Shift change");
    }

    @Test
    void reasonAtTheLimitIsAccepted() {
        String longest = "r".repeat(KickOptions.MAX_REASON_CHARS);

        KickOptions options = KickOptions.builder().reason(longest).build();

        assertThat(options.reason()).hasSize(KickOptions.MAX_REASON_CHARS);
    }

    @Test
    void surroundingBlanksDoNotCountTowardsTheLimit() {
        String padded = "   " + "r".repeat(KickOptions.MAX_REASON_CHARS) + "   ";

        KickOptions options = KickOptions.builder().reason(padded).build();

        assertThat(options.reason()).hasSize(KickOptions.MAX_REASON_CHARS);
    }

    @Test
    void reasonOverTheLimitIsRefusedWithLengthAndLimit() {
        String tooLong = "r".repeat(KickOptions.MAX_REASON_CHARS + 1);

        assertThatThrownBy(() -> KickOptions.builder().reason(tooLong).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(KickOptions.MAX_REASON_CHARS + 1))
                .hasMessageContaining(String.valueOf(KickOptions.MAX_REASON_CHARS));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 30, KickOptions.MAX_GRACE_SECONDS})
    void graceWithinRangeIsKept(int graceSeconds) {
        KickOptions options = KickOptions.builder().graceSeconds(graceSeconds).build();

        assertThat(options.graceSeconds()).isEqualTo(graceSeconds);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, KickOptions.MAX_GRACE_SECONDS + 1, Integer.MIN_VALUE,
        Integer.MAX_VALUE})
    void graceOutOfRangeIsRefusedNamingTheValue(int graceSeconds) {
        assertThatThrownBy(() -> KickOptions.builder().graceSeconds(graceSeconds).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("graceSeconds")
                .hasMessageContaining(String.valueOf(graceSeconds));
    }

    @Test
    void limitsMatchTheTerminateOrder() {
        assertThat(KickOptions.MAX_REASON_CHARS)
                .isEqualTo(dev.sessioncontrol.common.TerminateOrder.MAX_REASON_CHARS);
        assertThat(KickOptions.MAX_GRACE_SECONDS)
                .isEqualTo(dev.sessioncontrol.common.TerminateOrder.MAX_GRACE_SECONDS);
    }

    @Test
    void optionsWithTheSameChoicesAreEqual() {
        KickOptions a = KickOptions.builder().reason("x").graceSeconds(5).force(true).build();
        KickOptions b = KickOptions.builder().reason(" x ").graceSeconds(5).force(true).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(KickOptions.builder().reason("x").graceSeconds(5).build());
        assertThat(a).isNotEqualTo(KickOptions.builder().reason("x").force(true).build());
        assertThat(a).isNotEqualTo(
                KickOptions.builder().reason("y").graceSeconds(5).force(true).build());
        assertThat(KickOptions.builder().includeSelf(true).build())
                .isNotEqualTo(KickOptions.builder().build());
        assertThat(KickOptions.builder().includeDesigners(true).build())
                .isNotEqualTo(KickOptions.builder().build());
        assertThat(KickOptions.builder().lockoutMinutes(5).build())
                .isNotEqualTo(KickOptions.builder().build());
    }

    @org.junit.jupiter.api.Test
    void aDeserializedValueOutOfRangeIsRefused() throws Exception {
        KickOptions genuine = KickOptions.builder().lockoutMinutes(5).build();
        java.lang.reflect.Field lockout = KickOptions.class.getDeclaredField("lockoutMinutes");
        lockout.setAccessible(true);
        lockout.set(genuine, Integer.MAX_VALUE);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(genuine);
        }

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                in.readObject();
            }
        });

        org.assertj.core.api.Assertions.assertThat(refused)
                .isInstanceOf(java.io.InvalidObjectException.class)
                .hasMessageContaining("lockoutMinutes");
    }
}
