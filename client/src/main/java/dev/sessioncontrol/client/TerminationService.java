package dev.sessioncontrol.client;

import com.inductiveautomation.ignition.client.gateway_interface.GatewayConnection;
import com.inductiveautomation.ignition.client.model.ClientContext;
import dev.sessioncontrol.common.OrderVerifier;
import dev.sessioncontrol.common.ReplayMemory;
import dev.sessioncontrol.common.rpc.Registration;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client side of the kick, for one session: registers with the gateway (receiving this
 * session's key and the gateway's clock), then listens for terminate orders until stopped.
 * Used by the Vision client hook and the designer hook alike.
 */
public final class TerminationService {
    private static final Logger log = LoggerFactory.getLogger(TerminationService.class);
    private static final int REPLAY_CAPACITY = 256;
    private static final Duration REPLAY_HORIZON = Duration.ofMinutes(10);
    private static final int REFUSAL_NOTICE_SECONDS = 5;

    private final ClientPlatform platform;
    private ScheduledExecutorService scheduler;
    private GatewayConnection connection;
    private TerminateListener listener;
    private TerminateHandler handler;
    private boolean refused;

    /**
     * Creates the service.
     *
     * @param platform the program this module runs in
     */
    public TerminationService(ClientPlatform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /**
     * Registers with the gateway and starts listening.
     *
     * @param context the running client
     * @return the registered session id
     */
    public synchronized String start(ClientContext context) {
        SessionControlRpc gateway = platform.rpc();
        Clock clock = platform.clock();
        long sentAt = clock.millis();
        Registration registration = gateway.register();
        long receivedAt = clock.millis();
        // The gateway read its clock somewhere between our send and receive; the midpoint keeps
        // the error within half the round trip, well inside the verifier's allowed skew.
        Duration offset = Duration.ofMillis(registration.gatewayTimeMillis()
                - (sentAt + (receivedAt - sentAt) / 2));
        OrderVerifier verifier = OrderVerifier.builder()
                .sessionId(registration.sessionId())
                .key(registration.key())
                .clock(clock)
                .clockOffset(offset)
                .replayMemory(new ReplayMemory(REPLAY_CAPACITY, REPLAY_HORIZON, clock))
                .build();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "session-control-exit");
            thread.setDaemon(true);
            return thread;
        });
        if (registration.refusal().isPresent()) {
            refuse(context, registration);
            return registration.sessionId();
        }
        handler = new TerminateHandler(registration.sessionId(), verifier, gateway,
                platform.notice(context), platform.exit(context), scheduler);
        listener = new TerminateListener(handler);
        connection = platform.gatewayConnection();
        connection.addPushNotificationListener(listener);
        log.info("Session Control registered session {}; clock offset to gateway {} ms",
                registration.sessionId(), offset.toMillis());
        return registration.sessionId();
    }

    private void refuse(ClientContext context, Registration registration) {
        String reason = registration.refusal().get();
        log.warn("Session {} refused by the gateway at registration: {}",
                registration.sessionId(), reason);
        platform.notice(context).show(reason, "Session Control", REFUSAL_NOTICE_SECONDS);
        ClientExit exit = platform.exit(context);
        // A locked-out client must not stay, so the exit is forced past any intercept script.
        scheduler.schedule(() -> exit.exit(true), REFUSAL_NOTICE_SECONDS,
                java.util.concurrent.TimeUnit.SECONDS);
        refused = true;
    }

    /**
     * Starts as a module hook must: if registration fails, the failure is logged for the
     * administrator and the program runs on, not kickable, instead of failing its start-up.
     *
     * @param context the running client or designer
     * @param programName "client" or "designer", for the log
     * @return true if the session registered
     */
    public boolean startFromHook(ClientContext context, String programName) {
        try {
            start(context);
            return true;
        } catch (RuntimeException e) {
            log.error("Session Control could not register this {} with the gateway; it cannot"
                    + " be kicked until it is restarted", programName, e);
            return false;
        }
    }

    /** Tells whether the gateway refused this session at registration (a lockout). */
    public synchronized boolean isRefused() {
        return refused;
    }

    /** Stops listening; a countdown already running still ends the client. */
    public synchronized void stop() {
        if (connection != null && listener != null) {
            connection.removePushNotificationListener(listener);
        }
        if (scheduler != null && !refused && (handler == null || !handler.isTerminating())) {
            scheduler.shutdownNow();
        }
        connection = null;
        listener = null;
    }
}
