package dev.sessioncontrol.gateway;

import com.inductiveautomation.ignition.common.Dataset;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.PrintableText;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.Registration;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.gateway.session.Caller;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one RPC call from a Vision client or designer. The gateway builds a handler per call
 * for the calling session, so the caller's identity and roles always come from the gateway's
 * own session record.
 */
public final class SessionControlRpcHandler implements SessionControlRpc {
    private static final Logger log = LoggerFactory.getLogger(SessionControlRpcHandler.class);

    private final SessionControl control;
    private final ClientReqSession session;

    SessionControlRpcHandler(SessionControl control, ClientReqSession session) {
        this.control = Objects.requireNonNull(control, "control");
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public Registration register() {
        String sessionId = session.getPublicId();
        SessionKey key = control.keys().issue(sessionId);
        String user = Caller.of(session).name();
        Object host = session.getAttribute(ClientReqSession.SESSION_REMOTE_HOST);
        Optional<String> refusal = control.lockouts().refusalFor(user,
                host == null ? null : host.toString());
        if (refusal.isPresent()) {
            log.info("Session {} (user {}, host {}) refused at registration: locked out",
                    sessionId, PrintableText.of(user), PrintableText.of(String.valueOf(host)));
            return Registration.refused(sessionId, key, control.clock().millis(),
                    refusal.get());
        }
        log.info("Session {} (user {}) registered its Session Control client module",
                sessionId, PrintableText.of(user));
        return new Registration(sessionId, key, control.clock().millis());
    }

    @Override
    public void acknowledge(Acknowledgement acknowledgement) {
        if (acknowledgement != null) {
            control.ledger().acknowledge(session.getPublicId(), acknowledgement);
        }
    }

    @Override
    public Dataset listSessions(SessionFilter filter) {
        return control.operationsFor(Caller.of(session)).listSessions(filter);
    }

    @Override
    public Dataset kick(String sessionId, KickOptions options) {
        return control.operationsFor(Caller.of(session)).kick(sessionId, options);
    }

    @Override
    public Dataset kickUser(String user, KickOptions options, String exceptSessionId) {
        return control.operationsFor(Caller.of(session)).kickUser(user, options,
                exceptSessionId);
    }

    @Override
    public Dataset kickAll(String project, KickOptions options) {
        return control.operationsFor(Caller.of(session)).kickAll(project, options);
    }

    @Override
    public Dataset history(int limit) {
        return control.operationsFor(Caller.of(session)).history(limit);
    }

    @Override
    public Dataset kickIdle(int idleSeconds, boolean unauthenticatedOnly, KickOptions options) {
        return control.operationsFor(Caller.of(session)).kickIdle(idleSeconds,
                unauthenticatedOnly, options);
    }

    @Override
    public boolean isPerspectivePresent() {
        return control.operationsFor(Caller.of(session)).isPerspectivePresent();
    }
}
