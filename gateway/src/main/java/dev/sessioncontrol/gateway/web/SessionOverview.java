package dev.sessioncontrol.gateway.web;

import com.inductiveautomation.ignition.common.Dataset;
import com.inductiveautomation.ignition.gateway.model.GatewayContext;
import com.inductiveautomation.ignition.gateway.web.pages.status.overviewmeta.InfoLine;
import com.inductiveautomation.ignition.gateway.web.pages.status.overviewmeta.OverviewContributor;
import com.inductiveautomation.ignition.gateway.web.pages.status.overviewmeta.SystemsEntry;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.gateway.session.Caller;
import java.util.Collections;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Session Control line on the gateway's Status &gt; Overview page: how many Vision client
 * and designer sessions there are and how many of them can be kicked, linking to the tab.
 */
public final class SessionOverview implements OverviewContributor {
    private final Function<Caller, SessionOperations> operations;

    /**
     * Creates the overview line.
     *
     * @param operations the session operations for a caller; the line reads as the gateway
     */
    public SessionOverview(Function<Caller, SessionOperations> operations) {
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @Override
    public Iterable<SystemsEntry> getSystemsEntries(GatewayContext context) {
        return Collections.singletonList(new SystemsEntry("Session Control",
                new InfoLine(summary(), false), SessionStatusTab.LINK));
    }

    /** Returns the overview text, e.g. "5 sessions, 4 kickable". */
    String summary() {
        Dataset sessions;
        try {
            sessions = operations.apply(Caller.gateway()).listSessions(SessionFilter.all());
        } catch (SessionControlException | IllegalStateException notReady) {
            return "not available: " + notReady.getMessage();
        }
        int kickable = 0;
        for (int row = 0; row < sessions.getRowCount(); row++) {
            if (Boolean.TRUE.equals(sessions.getValueAt(row, SessionColumns.KICKABLE))) {
                kickable++;
            }
        }
        int total = sessions.getRowCount();
        return total + (total == 1 ? " session, " : " sessions, ") + kickable + " kickable";
    }
}
