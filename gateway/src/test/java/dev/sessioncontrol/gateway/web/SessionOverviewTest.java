package dev.sessioncontrol.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.common.BasicDataset;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.gateway.session.Caller;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionOverviewTest {
    private final SessionOperations operations = mock(SessionOperations.class);
    private final List<Caller> callers = new ArrayList<>();
    private final SessionOverview overview = new SessionOverview(caller -> {
        callers.add(caller);
        return operations;
    });

    @Test
    void countsSessionsAndKickableOnesAsTheGateway() {
        Date now = new Date();
        Object[][] columns = {{"a", "b", "c"}, {"vision", "vision", "designer"},
            {"u", "u", "u"}, {"", "", ""}, {"", "", ""}, {"P", "P", "P"},
            {"client", "client", "designer"}, {"", "", ""}, {now, now, now}, {now, now, now},
            {0L, 0L, 0L}, {0L, 0L, 0L}, {true, true, false}, {false, false, false}};
        when(operations.listSessions(any())).thenReturn(
                new BasicDataset(SessionColumns.NAMES, SessionColumns.TYPES, columns));

        assertThat(overview.summary()).isEqualTo("3 sessions, 2 kickable");
        assertThat(callers).allMatch(Caller::isGateway);
    }

    @Test
    void saysWhyWhenTheSessionsCannotBeRead() {
        when(operations.listSessions(any())).thenThrow(new IllegalStateException(
                "Session Control is not set up yet"));

        assertThat(overview.summary()).isEqualTo("not available: Session Control is not set up"
                + " yet");
    }
}
