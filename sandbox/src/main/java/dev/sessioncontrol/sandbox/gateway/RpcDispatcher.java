package dev.sessioncontrol.sandbox.gateway;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.PrintableText;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import dev.sessioncontrol.sandbox.wire.RpcCall;
import dev.sessioncontrol.sandbox.wire.RpcReply;
import dev.sessioncontrol.sandbox.wire.WireCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a client's RPC call on the gateway hook's handler for the calling session, as Ignition's
 * RPC servlet does: only methods of {@link SessionControlRpc} are callable; anything else is
 * refused without touching the handler.
 *
 * <p>The handler's exception travels back to the client as the reply's failure. An exception
 * that could not be read on the other side (a class outside the wire's allow-list, or one that
 * does not serialize) is replaced by an {@link IllegalStateException} naming it.
 */
final class RpcDispatcher {
    private static final Logger log = LoggerFactory.getLogger(RpcDispatcher.class);
    private static final int MAX_SHOWN_CHARS = 120;
    private static final Map<String, Method> CALLABLE = Arrays
            .stream(SessionControlRpc.class.getMethods())
            .collect(Collectors.toUnmodifiableMap(m -> RpcCall.of(m, null).signature(),
                    Function.identity()));

    private final SandboxGateway gateway;
    private final AcknowledgementLog acknowledgements;

    RpcDispatcher(SandboxGateway gateway, AcknowledgementLog acknowledgements) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.acknowledgements = Objects.requireNonNull(acknowledgements, "acknowledgements");
    }

    /**
     * Runs one call for a session.
     *
     * @param session the calling session, found by its secret id
     * @param projectName the session's project
     * @param call the call
     * @return the result or the failure
     */
    RpcReply dispatch(ClientReqSession session, String projectName, RpcCall call) {
        Method method = CALLABLE.get(call.signature());
        if (method == null) {
            String shown = shown(call.signature());
            log.warn("Session {} called {}, which is not part of SessionControlRpc; refused",
                    session.getPublicId(), shown);
            return RpcReply.failure(new UnsupportedOperationException("'" + shown
                    + "' is not a method of " + SessionControlRpc.class.getName()));
        }
        Object result;
        try {
            SessionControlRpc handler = gateway.rpcHandler(session, projectName);
            result = method.invoke(handler, call.arguments().toArray());
        } catch (InvocationTargetException e) {
            return RpcReply.failure(readable(e.getCause()));
        } catch (IllegalAccessException | IllegalArgumentException e) {
            return RpcReply.failure(new IllegalArgumentException("Arguments do not fit "
                    + call.signature() + ": " + e.getMessage()));
        } catch (IllegalStateException e) {
            return RpcReply.failure(readable(e));
        }
        recordAcknowledgement(session, call);
        if (result != null && !(result instanceof Serializable)) {
            return RpcReply.failure(new IllegalStateException(call.methodName() + " returned a "
                    + result.getClass().getName() + ", which is not serializable"));
        }
        return RpcReply.success((Serializable) result);
    }

    private void recordAcknowledgement(ClientReqSession session, RpcCall call) {
        if (call.methodName().equals("acknowledge") && call.arguments().size() == 1
                && call.arguments().get(0) instanceof Acknowledgement acknowledgement) {
            Object user = session.getAttribute(ClientReqSession.SESSION_USERNAME);
            acknowledgements.record(session.getPublicId(), user == null ? "" : user.toString(),
                    acknowledgement);
        }
    }

    /** Returns a caller-supplied name safe to log: bounded, control characters replaced. */
    private static String shown(String untrusted) {
        return PrintableText.masked(untrusted, MAX_SHOWN_CHARS);
    }

    /**
     * Returns the exception itself if the client can read it (every class in it is on the
     * wire's list, and it decodes as the client would decode it), else a stand-in naming it.
     */
    static Throwable readable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!WireCodec.isAllowed(t.getClass())) {
                return standIn(failure);
            }
        }
        try {
            WireCodec.decode(new ByteArrayInputStream(WireCodec.encode(failure)),
                    Throwable.class);
            return failure;
        } catch (IOException | IllegalArgumentException unreadable) {
            return standIn(failure);
        }
    }

    private static Throwable standIn(Throwable failure) {
        return new IllegalStateException(failure.getClass().getName() + ": "
                + failure.getMessage());
    }
}
