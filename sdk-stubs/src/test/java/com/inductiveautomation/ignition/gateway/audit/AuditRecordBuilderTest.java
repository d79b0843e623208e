package com.inductiveautomation.ignition.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.junit.jupiter.api.Test;

class AuditRecordBuilderTest {
    @Test
    void buildsARecordHoldingEverySetValue() {
        Date when = new Date(1_700_000_000_000L);

        AuditRecord record = new AuditRecordBuilder()
                .setAction("session-kick")
                .setActionTarget("3F2A9C1B")
                .setActionValue("acknowledged")
                .setActor("admin")
                .setActorHost("10.0.0.5")
                .setOriginatingContext(1)
                .setOriginatingSystem("Session Control")
                .setStatusCode(192)
                .setTimestamp(when)
                .build();

        assertThat(record.getAction()).isEqualTo("session-kick");
        assertThat(record.getActionTarget()).isEqualTo("3F2A9C1B");
        assertThat(record.getActionValue()).isEqualTo("acknowledged");
        assertThat(record.getActor()).isEqualTo("admin");
        assertThat(record.getActorHost()).isEqualTo("10.0.0.5");
        assertThat(record.getOriginatingContext()).isEqualTo(1);
        assertThat(record.getOriginatingSystem()).isEqualTo("Session Control");
        assertThat(record.getStatusCode()).isEqualTo(192);
        assertThat(record.getTimestamp()).isEqualTo(when);
    }

    @Test
    void recordIsNotChangedByLaterUseOfTheBuilderOrTheDate() {
        Date when = new Date(1_000L);
        AuditRecordBuilder builder = new AuditRecordBuilder().setAction("first").setTimestamp(when);
        AuditRecord record = builder.build();

        builder.setAction("second");
        when.setTime(2_000L);

        assertThat(record.getAction()).isEqualTo("first");
        assertThat(record.getTimestamp().getTime()).isEqualTo(1_000L);
    }
}
