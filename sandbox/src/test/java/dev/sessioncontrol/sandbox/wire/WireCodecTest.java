package dev.sessioncontrol.sandbox.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.inductiveautomation.ignition.common.BasicDataset;
import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.SessionControlException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class WireCodecTest {
    @Test
    void carriesDatasetsAndExceptionsOfTheModule() throws IOException {
        Dataset table = new BasicDataset(List.of("id", "started"),
                List.of(String.class, Date.class),
                new Object[][] {{"1A2B3C4D"}, {new Date(0)}});
        RpcReply failed = RpcReply.failure(new SessionControlException(
                SessionControlException.Kind.NOT_FOUND, "No session has id 'X'"));

        Dataset decodedTable = roundTrip(RpcReply.success(table)).value() instanceof Dataset d
                ? d : null;
        Throwable decodedFailure = roundTrip(failed).failure();

        assertThat(decodedTable).isNotNull();
        assertThat(decodedTable.getValueAt(0, "id")).isEqualTo("1A2B3C4D");
        assertThat(decodedFailure).isInstanceOf(SessionControlException.class)
                .hasMessage("No session has id 'X'");
        assertThat(((SessionControlException) decodedFailure).kind())
                .isEqualTo(SessionControlException.Kind.NOT_FOUND);
    }

    @Test
    void refusesClassesOutsideTheAllowList() throws IOException {
        byte[] bytes = serialized(RpcReply.success(new X500Principal("CN=intruder")));

        assertThatThrownBy(() -> WireCodec.decode(new ByteArrayInputStream(bytes),
                RpcReply.class)).isInstanceOf(InvalidClassException.class);
    }

    @Test
    void refusesNestedSetsAtOnceInsteadOfRebuildingThem() {
        byte[] bomb = NestedSets.bomb(29);

        assertThat(bomb.length).isLessThan(4096);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() ->
                WireCodec.decode(new ByteArrayInputStream(bomb), ClientIdentity.class))
                .isInstanceOf(InvalidClassException.class)
                .hasMessageContaining("java.util.HashSet"));
    }

    @Test
    void refusesNestingDeeperThanTheLimitEvenOfListedClasses() throws IOException {
        ArrayList<Object> nested = new ArrayList<>();
        ArrayList<Object> inner = nested;
        for (int i = 0; i < 10; i++) {
            ArrayList<Object> next = new ArrayList<>();
            inner.add(next);
            inner = next;
        }
        byte[] bytes = serialized(RpcReply.success(nested));

        assertThatThrownBy(() -> WireCodec.decode(new ByteArrayInputStream(bytes),
                RpcReply.class)).isInstanceOf(InvalidClassException.class)
                .hasMessageContaining("nesting deeper than");
    }

    @Test
    void refusesJavaClassesThatTheWireDoesNotCarry() throws IOException {
        byte[] bytes = serialized(RpcReply.success(new java.util.HashMap<>(Map.of("a", "b"))));

        assertThatThrownBy(() -> WireCodec.decode(new ByteArrayInputStream(bytes),
                RpcReply.class)).isInstanceOf(InvalidClassException.class)
                .hasMessageContaining("java.util.HashMap");
    }

    @Test
    void refusesMessagesOverTheSizeLimitOnBothSides() throws IOException {
        ArrayList<String> large = new ArrayList<>();
        large.add("x".repeat(WireCodec.MAX_MESSAGE_BYTES / 2));
        large.add("y".repeat(WireCodec.MAX_MESSAGE_BYTES / 2));

        assertThatThrownBy(() -> WireCodec.encode(RpcReply.success(large)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(WireCodec.MAX_MESSAGE_BYTES));
        byte[] bytes = serialized(RpcReply.success(large));
        assertThatThrownBy(() -> WireCodec.decode(new ByteArrayInputStream(bytes),
                RpcReply.class)).isInstanceOf(IOException.class)
                .hasMessageContaining("exceeds");
    }

    @Test
    void refusesAMessageOfAnotherType() throws IOException {
        byte[] bytes = WireCodec.encode(new LoginReply("secret", "1A2B3C4D"));

        assertThatThrownBy(() -> WireCodec.decode(new ByteArrayInputStream(bytes),
                RpcCall.class)).isInstanceOf(IOException.class)
                .hasMessageContaining(RpcCall.class.getName());
    }

    @Test
    void loginReplyNeverShowsTheSecretId() {
        LoginReply reply = new LoginReply("s3cr3t-credential", "1A2B3C4D");

        assertThat(reply.toString()).contains("1A2B3C4D").doesNotContain("s3cr3t-credential");
    }

    private static RpcReply roundTrip(RpcReply reply) throws IOException {
        return WireCodec.decode(new ByteArrayInputStream(WireCodec.encode(reply)),
                RpcReply.class);
    }

    private static byte[] serialized(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
