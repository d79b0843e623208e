package dev.sessioncontrol.common.script;

import com.inductiveautomation.ignition.common.BasicDataset;
import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Session operations that remember each call and answer with an empty dataset. */
final class RecordingOperations implements SessionOperations {
    private final List<String> calls = new ArrayList<>();
    private final Dataset answer = new BasicDataset();
    private SessionFilter filter;
    private String target;
    private KickOptions options;
    private String exceptSessionId;
    private int limit;
    private boolean unauthenticatedOnly;
    private boolean perspectivePresent;

    @Override
    public Dataset listSessions(SessionFilter filter) {
        calls.add("listSessions");
        this.filter = filter;
        return answer;
    }

    @Override
    public Dataset kick(String sessionId, KickOptions options) {
        calls.add("kick");
        this.target = sessionId;
        this.options = options;
        return answer;
    }

    @Override
    public Dataset kickUser(String user, KickOptions options, String exceptSessionId) {
        calls.add("kickUser");
        this.target = user;
        this.options = options;
        this.exceptSessionId = exceptSessionId;
        return answer;
    }

    @Override
    public Dataset kickAll(String project, KickOptions options) {
        calls.add("kickAll");
        this.target = project;
        this.options = options;
        return answer;
    }

    @Override
    public Dataset history(int limit) {
        calls.add("history");
        this.limit = limit;
        return answer;
    }

    @Override
    public Dataset kickIdle(int idleSeconds, boolean unauthenticatedOnly, KickOptions options) {
        calls.add("kickIdle");
        this.limit = idleSeconds;
        this.unauthenticatedOnly = unauthenticatedOnly;
        this.options = options;
        return answer;
    }

    @Override
    public boolean isPerspectivePresent() {
        calls.add("isPerspectivePresent");
        return perspectivePresent;
    }

    /** Sets what isPerspectivePresent answers. */
    void perspectivePresent(boolean present) {
        this.perspectivePresent = present;
    }

    /** Returns the unauthenticatedOnly flag of the last kickIdle. */
    boolean unauthenticatedOnly() {
        return unauthenticatedOnly;
    }

    /** Returns the names of the operations called, in order. */
    List<String> calls() {
        return Collections.unmodifiableList(calls);
    }

    /** Returns the dataset every operation answers with. */
    Dataset answer() {
        return answer;
    }

    SessionFilter filter() {
        return filter;
    }

    /** Returns the session id, user or project of the last kick. */
    String target() {
        return target;
    }

    KickOptions options() {
        return options;
    }

    String exceptSessionId() {
        return exceptSessionId;
    }

    int limit() {
        return limit;
    }
}
