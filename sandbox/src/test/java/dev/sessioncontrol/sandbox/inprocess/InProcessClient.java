package dev.sessioncontrol.sandbox.inprocess;

import com.inductiveautomation.ignition.client.gateway_interface.GatewayConnection;
import com.inductiveautomation.ignition.client.gateway_interface.PushNotificationListener;
import com.inductiveautomation.ignition.client.model.ClientContext;
import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import dev.sessioncontrol.client.ClientExit;
import dev.sessioncontrol.client.ClientHook;
import dev.sessioncontrol.client.ClientPlatform;
import dev.sessioncontrol.client.TerminationNotice;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.Registration;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import dev.sessioncontrol.sandbox.gateway.SandboxGateway;
import dev.sessioncontrol.sandbox.platform.CapturingScriptManager;
import dev.sessioncontrol.sandbox.platform.SandboxClientContext;
import dev.sessioncontrol.sandbox.platform.SandboxSession;
import dev.sessioncontrol.sandbox.wire.ClientIdentity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Vision client run in the test's JVM: the real {@link ClientHook} on a platform whose RPC
 * goes straight to the gateway hook's handler for this client's session, whose push delivery
 * drains the session's queue into the registered listeners when the test says so, and whose
 * exit and notice are recorded instead of performed.
 */
final class InProcessClient implements AutoCloseable {
    private final SandboxSession session;
    private final ClientHook hook;
    private final QueueDelivery delivery = new QueueDelivery();
    private final BlockingQueue<Boolean> exits = new LinkedBlockingQueue<>();
    private final List<String> exitsSeen = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final List<Acknowledgement> answers = new CopyOnWriteArrayList<>();
    private volatile Registration registration;

    private InProcessClient(SandboxGateway gateway, SandboxSession session, Clock clock) {
        this.session = session;
        SessionControlRpc rpc = directRpc(gateway, session);
        this.hook = new ClientHook(new ClientPlatform() {
            @Override
            public GatewayConnection gatewayConnection() {
                return delivery;
            }

            @Override
            public SessionControlRpc rpc() {
                return rpc;
            }

            @Override
            public ClientExit exit(ClientContext context) {
                return force -> {
                    exitsSeen.add(force ? "forced" : "unforced");
                    exits.add(force);
                };
            }

            @Override
            public TerminationNotice notice(ClientContext context) {
                return (reason, issuer, graceSeconds) -> notices.add(reason);
            }

            @Override
            public Clock clock() {
                return clock;
            }
        });
    }

    /**
     * Logs a client in and, unless told otherwise, starts its hook, which registers it.
     *
     * @param gateway the in-memory gateway
     * @param user the user, also the host suffix
     * @param clock the client's clock
     * @return the client
     */
    static InProcessClient start(SandboxGateway gateway, String user, Clock clock) {
        InProcessClient client = new InProcessClient(gateway, login(gateway, user), clock);
        CapturingScriptManager scripts = new CapturingScriptManager("client");
        client.hook.initializeScriptManager(scripts);
        client.hook.startup(new SandboxClientContext(scripts, "Plant"), null);
        return client;
    }

    /**
     * Opens a session whose client never runs the module, as a client without the module
     * installed would.
     *
     * @param gateway the in-memory gateway
     * @param user the user
     * @return the session
     */
    static SandboxSession loginWithoutModule(SandboxGateway gateway, String user) {
        return login(gateway, user);
    }

    String sessionId() {
        return session.getPublicId();
    }

    SandboxSession session() {
        return session;
    }

    /** Returns the key the gateway issued to this client at registration. */
    SessionKey registeredKey() {
        return registration.key();
    }

    /** Delivers what the gateway queued for this session since the last delivery. */
    List<PushNotification> deliverPending() throws InterruptedException {
        return delivery.deliver(session.awaitNotifications(Duration.ZERO));
    }

    /** Returns every notification this client has received, oldest first. */
    List<PushNotification> delivered() {
        return delivery.delivered();
    }

    /**
     * Waits for the client's next exit.
     *
     * @param timeout the longest wait
     * @return whether it was forced, or empty if no exit came
     */
    Optional<Boolean> awaitExit(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(exits.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Returns the exits the client performed so far ("forced" or "unforced"). */
    List<String> exits() {
        return List.copyOf(exitsSeen);
    }

    /** Returns the reasons the client showed the operator. */
    List<String> notices() {
        return List.copyOf(notices);
    }

    /** Returns the acknowledgements this client sent into the gateway's RPC handler. */
    List<Acknowledgement> answers() {
        return List.copyOf(answers);
    }

    @Override
    public void close() {
        hook.shutdown();
    }

    private static SandboxSession login(SandboxGateway gateway, String user) {
        return gateway.sessions().open(new ClientIdentity(user, "ws-" + user, "Plant",
                List.of("Operator"), false), "127.0.0.1");
    }

    private SessionControlRpc directRpc(SandboxGateway gateway, SandboxSession caller) {
        return (SessionControlRpc) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionControlRpc.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "direct RPC" : null;
                    }
                    Object result = invoke(gateway.rpcHandler(caller, "Plant"), method, args);
                    if (result instanceof Registration issued) {
                        registration = issued;
                    }
                    if (args != null && args.length == 1
                            && args[0] instanceof Acknowledgement answer) {
                        answers.add(answer);
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The push channel: hands queued notifications to the listeners when asked. */
    private static final class QueueDelivery implements GatewayConnection {
        private final List<PushNotificationListener> listeners = new CopyOnWriteArrayList<>();
        private final List<PushNotification> delivered = new CopyOnWriteArrayList<>();

        @Override
        public void addPushNotificationListener(PushNotificationListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removePushNotificationListener(PushNotificationListener listener) {
            listeners.remove(listener);
        }

        List<PushNotification> deliver(List<PushNotification> batch) {
            for (PushNotification notification : batch) {
                delivered.add(notification);
                listeners.forEach(listener -> listener.receiveNotification(notification));
            }
            return batch;
        }

        List<PushNotification> delivered() {
            return new ArrayList<>(delivered);
        }
    }
}
