package dev.sessioncontrol.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.common.model.ApplicationScope;
import com.inductiveautomation.ignition.gateway.audit.AuditManager;
import com.inductiveautomation.ignition.gateway.audit.AuditProfile;
import com.inductiveautomation.ignition.gateway.audit.AuditRecord;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.gateway.session.Caller;
import dev.sessioncontrol.gateway.session.FakeSessions;
import dev.sessioncontrol.gateway.session.FakeSessions.FakeSession;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import dev.sessioncontrol.gateway.session.KickService;
import dev.sessioncontrol.gateway.session.OrderLedger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AuditProfileWriterTest {
    private static final String PROFILE = "Plant Audit";

    private final ManualClock clock = new ManualClock();
    private final FakeSessions sessions = new FakeSessions();
    private final OrderLedger ledger = new OrderLedger(100, clock);
    private final AuditManager auditManager = mock(AuditManager.class);
    private final AuditProfile profile = mock(AuditProfile.class);
    private KickService service;
    private FakeSession admin;

    @BeforeEach
    void wire() {
        service = sessions.kickService(clock).ledger(ledger).build();
        ledger.addListener(new AuditProfileWriter(auditManager, PROFILE));
        admin = sessions.client("admin-1").user("boss").roles("Administrator").registered()
                .add();
        sessions.client("c-1").user("alice").host("hmi-7").registered().add();
    }

    private String kickAlice() {
        return service.kick(admin.caller(), "c-1",
                KickOptions.builder().reason("Shift change").build()).orderId().get();
    }

    private List<AuditRecord> recordsWritten(int count) {
        ArgumentCaptor<AuditRecord> records = ArgumentCaptor.forClass(AuditRecord.class);
        verify(profile, times(count)).audit(records.capture());
        return records.getAllValues();
    }

    @Test
    void writesOneRecordWhenAnOrderIsSent() {
        when(auditManager.getProfile(PROFILE)).thenReturn(profile);

        kickAlice();

        AuditRecord record = recordsWritten(1).get(0);
        assertThat(record.getAction()).isEqualTo("session-kick");
        assertThat(record.getActor()).isEqualTo("boss");
        assertThat(record.getActionValue()).startsWith("sent").contains("Shift change");
        assertThat(record.getActionTarget()).contains("c-1").contains("alice")
                .contains("hmi-7");
        assertThat(record.getOriginatingContext()).isEqualTo(ApplicationScope.GATEWAY);
        assertThat(record.getTimestamp()).isEqualTo(Date.from(clock.instant()));
    }

    @Test
    void writesOneRecordPerStatusChange() {
        when(auditManager.getProfile(PROFILE)).thenReturn(profile);
        String orderId = kickAlice();
        clock.advance(Duration.ofSeconds(2));

        ledger.acknowledge("c-1", Acknowledgement.exiting(orderId));

        List<AuditRecord> records = recordsWritten(2);
        assertThat(records).extracting(AuditRecord::getActionValue)
                .satisfiesExactly(v -> assertThat(v).startsWith("sent"),
                        v -> assertThat(v).startsWith("acknowledged"));
        assertThat(records).extracting(AuditRecord::getActor).containsOnly("boss");
        assertThat(records.get(1).getTimestamp()).isEqualTo(Date.from(clock.instant()));
    }

    @Test
    void namesTheGatewayAsActorForGatewayScripts() {
        when(auditManager.getProfile(PROFILE)).thenReturn(profile);

        service.kick(Caller.gateway(), "c-1", KickOptions.builder().build());

        assertThat(recordsWritten(1).get(0).getActor()).isEqualTo("gateway");
    }

    @Test
    void writesNothingAndWarnsOnceWhenTheProfileIsMissing() {
        String warnings;
        try (CapturedStandardError stderr = new CapturedStandardError()) {
            String orderId = kickAlice();
            ledger.acknowledge("c-1", Acknowledgement.exiting(orderId));
            kickAlice();
            warnings = stderr.text();
        }

        verify(profile, never()).audit(any());
        verify(auditManager, times(3)).getProfile(PROFILE);
        assertThat(warnings.split("does not exist", -1)).hasSize(2);
        assertThat(warnings).contains(PROFILE);
    }

    @Test
    void picksUpAProfileCreatedLater() {
        kickAlice();
        when(auditManager.getProfile(PROFILE)).thenReturn(profile);

        kickAlice();

        assertThat(recordsWritten(1).get(0).getActionValue()).startsWith("sent");
    }

    /** Collects what is written to standard error, where the test logger writes, while open. */
    private static final class CapturedStandardError implements AutoCloseable {
        private final PrintStream original = System.err;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        CapturedStandardError() {
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }

        String text() {
            System.err.flush();
            return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            System.setErr(original);
        }
    }
}
