package dev.sessioncontrol.sandbox.client;

import dev.sessioncontrol.common.rpc.SessionControlRpc;
import dev.sessioncontrol.sandbox.wire.RpcCall;
import dev.sessioncontrol.sandbox.wire.RpcReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Objects;

/**
 * The client side of the module's RPC, as Ignition's RPC factory provides it: a proxy of
 * {@link SessionControlRpc} whose every call goes to the gateway, and whose gateway-side
 * exception (for example a {@code SessionControlException}) is thrown again in the client.
 */
final class RemoteRpc implements InvocationHandler {
    private final GatewayLink link;

    private RemoteRpc(GatewayLink link) {
        this.link = link;
    }

    /**
     * Returns the proxy.
     *
     * @param link the session's connection to the gateway
     * @return a {@link SessionControlRpc} that calls the gateway
     */
    static SessionControlRpc over(GatewayLink link) {
        Objects.requireNonNull(link, "link");
        return (SessionControlRpc) Proxy.newProxyInstance(RemoteRpc.class.getClassLoader(),
                new Class<?>[] {SessionControlRpc.class}, new RemoteRpc(link));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        RpcReply reply;
        try {
            reply = link.call(RpcCall.of(method, args));
        } catch (IOException e) {
            throw new UncheckedIOException("RPC " + method.getName() + " to the gateway at "
                    + link.base() + " failed", e);
        }
        if (reply.isFailure()) {
            Throwable failure = reply.failure();
            if (failure instanceof RuntimeException || failure instanceof Error) {
                throw failure;
            }
            throw new UndeclaredThrowableException(failure);
        }
        Object value = reply.value();
        Class<?> expected = method.getReturnType();
        if (expected != void.class && value != null && !expected.isInstance(value)) {
            throw new IllegalStateException(method.getName() + " answered a "
                    + value.getClass().getName() + "; expected a " + expected.getName());
        }
        return value;
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "SessionControlRpc over " + link;
        }
    }
}
