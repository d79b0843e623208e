package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.KickOutcome;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.common.rpc.SessionScope;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultTablesTest {
    private static final Instant STARTED = Instant.parse("2024-05-01T06:00:00Z");
    private static final Instant LAST = Instant.parse("2024-05-01T11:59:00Z");
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final SessionRecord alice = new SessionRecord("S1", "alice", "hmi-01", "10.0.0.1",
            "Plant", SessionScope.CLIENT, STARTED, LAST, true);
    private final SessionRecord bob = new SessionRecord("D2", "bob", "eng-02", "10.0.0.2",
            "Warehouse", SessionScope.DESIGNER, STARTED.plusSeconds(60), LAST.plusSeconds(5),
            false);

    @Test
    void sessionListingHasTheDeclaredColumnsAndTypes() {
        Dataset table = ResultTables.sessions(List.of(alice), Optional.empty(), NOW);

        assertThat(table.getColumnNames()).isEqualTo(SessionColumns.NAMES);
        assertThat(table.getColumnTypes()).isEqualTo(SessionColumns.TYPES);
    }

    @Test
    void eachSessionIsOneRowWithItsValuesUnderTheRightColumns() {
        Dataset table = ResultTables.sessions(List.of(alice, bob), Optional.empty(), NOW);

        assertThat(table.getRowCount()).isEqualTo(2);
        assertThat(table.getValueAt(1, SessionColumns.ID)).isEqualTo("D2");
        assertThat(table.getValueAt(1, SessionColumns.USER)).isEqualTo("bob");
        assertThat(table.getValueAt(1, SessionColumns.HOST)).isEqualTo("eng-02");
        assertThat(table.getValueAt(1, SessionColumns.ADDRESS)).isEqualTo("10.0.0.2");
        assertThat(table.getValueAt(1, SessionColumns.PROJECT)).isEqualTo("Warehouse");
        assertThat(table.getValueAt(1, SessionColumns.SCOPE)).isEqualTo("designer");
        assertThat(table.getValueAt(1, SessionColumns.STARTED))
                .isEqualTo(Date.from(STARTED.plusSeconds(60)));
        assertThat(table.getValueAt(1, SessionColumns.LAST_CONTACT))
                .isEqualTo(Date.from(LAST.plusSeconds(5)));
        assertThat(table.getValueAt(1, SessionColumns.KICKABLE)).isEqualTo(false);
        assertThat(table.getValueAt(0, SessionColumns.ID)).isEqualTo("S1");
        assertThat(table.getValueAt(0, SessionColumns.SCOPE)).isEqualTo("client");
        assertThat(table.getValueAt(0, SessionColumns.KICKABLE)).isEqualTo(true);
    }

    @Test
    void valuesMatchTheDeclaredColumnTypes() {
        Dataset table = ResultTables.sessions(List.of(alice, bob), Optional.of("S1"), NOW);

        for (int row = 0; row < table.getRowCount(); row++) {
            for (int col = 0; col < table.getColumnCount(); col++) {
                assertThat(table.getValueAt(row, col)).isInstanceOf(table.getColumnType(col));
            }
        }
    }

    @Test
    void callersOwnSessionIsMarkedAsSelf() {
        Dataset table = ResultTables.sessions(List.of(alice, bob), Optional.of("D2"), NOW);

        assertThat(table.getValueAt(0, SessionColumns.SELF)).isEqualTo(false);
        assertThat(table.getValueAt(1, SessionColumns.SELF)).isEqualTo(true);
    }

    @Test
    void gatewayCallerHasNoSessionMarkedAsSelf() {
        Dataset table = ResultTables.sessions(List.of(alice, bob), Optional.empty(), NOW);

        assertThat(table.getValueAt(0, SessionColumns.SELF)).isEqualTo(false);
        assertThat(table.getValueAt(1, SessionColumns.SELF)).isEqualTo(false);
    }

    @Test
    void emptyListingStillHasItsColumns() {
        Dataset table = ResultTables.sessions(Collections.emptyList(), Optional.empty(), NOW);

        assertThat(table.getRowCount()).isZero();
        assertThat(table.getColumnNames()).isEqualTo(SessionColumns.NAMES);
    }

    @Test
    void outcomeRowsCarryTheOutcomeLabelAndTheOrderIdWhenSent() {
        String orderId = "0123456789abcdef0123456789abcdef";
        Dataset table = ResultTables.outcomes(List.of(
                new KickResult("S1", "alice", KickOutcome.SENT, "queued", orderId),
                new KickResult("S2", "bob", KickOutcome.NOT_KICKABLE, "not registered", null)));

        assertThat(table.getColumnNames()).isEqualTo(OutcomeColumns.NAMES);
        assertThat(table.getColumnTypes()).isEqualTo(OutcomeColumns.TYPES);
        assertThat(table.getValueAt(0, OutcomeColumns.SESSION_ID)).isEqualTo("S1");
        assertThat(table.getValueAt(0, OutcomeColumns.USER)).isEqualTo("alice");
        assertThat(table.getValueAt(0, OutcomeColumns.OUTCOME)).isEqualTo("sent");
        assertThat(table.getValueAt(0, OutcomeColumns.DETAIL)).isEqualTo("queued");
        assertThat(table.getValueAt(0, OutcomeColumns.ORDER_ID)).isEqualTo(orderId);
        assertThat(table.getValueAt(1, OutcomeColumns.OUTCOME)).isEqualTo("not_kickable");
        assertThat(table.getValueAt(1, OutcomeColumns.ORDER_ID)).isNull();
    }

    @Test
    void historyRowsCarryEveryFieldOfTheEntry() {
        Instant issued = Instant.parse("2024-05-01T12:00:00Z");
        OrderEntry entry = new OrderEntry("0123456789abcdef0123456789abcdef", issued, "maria",
                "S1", "alice", "hmi-01", "Shift change", 30, OrderStatus.REJECTED, "EXPIRED",
                issued.plusSeconds(4));

        Dataset table = ResultTables.history(List.of(entry));

        assertThat(table.getColumnNames()).isEqualTo(HistoryColumns.NAMES);
        assertThat(table.getColumnTypes()).isEqualTo(HistoryColumns.TYPES);
        assertThat(table.getValueAt(0, HistoryColumns.ISSUED)).isEqualTo(Date.from(issued));
        assertThat(table.getValueAt(0, HistoryColumns.ORDER_ID)).isEqualTo(entry.orderId());
        assertThat(table.getValueAt(0, HistoryColumns.ISSUER)).isEqualTo("maria");
        assertThat(table.getValueAt(0, HistoryColumns.SESSION_ID)).isEqualTo("S1");
        assertThat(table.getValueAt(0, HistoryColumns.USER)).isEqualTo("alice");
        assertThat(table.getValueAt(0, HistoryColumns.HOST)).isEqualTo("hmi-01");
        assertThat(table.getValueAt(0, HistoryColumns.REASON)).isEqualTo("Shift change");
        assertThat(table.getValueAt(0, HistoryColumns.STATUS)).isEqualTo("rejected");
        assertThat(table.getValueAt(0, HistoryColumns.DETAIL)).isEqualTo("EXPIRED");
        assertThat(table.getValueAt(0, HistoryColumns.UPDATED))
                .isEqualTo(Date.from(issued.plusSeconds(4)));
    }
}
