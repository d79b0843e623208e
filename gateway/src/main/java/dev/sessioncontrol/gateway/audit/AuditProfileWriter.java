package dev.sessioncontrol.gateway.audit;

import com.inductiveautomation.ignition.common.model.ApplicationScope;
import com.inductiveautomation.ignition.gateway.audit.AuditManager;
import com.inductiveautomation.ignition.gateway.audit.AuditProfile;
import com.inductiveautomation.ignition.gateway.audit.AuditRecordBuilder;
import dev.sessioncontrol.gateway.session.OrderEntry;
import dev.sessioncontrol.gateway.session.OrderListener;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every order and each change of its status to a gateway audit profile: action
 * {@code session-kick}, target the session id and user, value the status, actor the issuer.
 * The profile is looked up by name each time, so one created later is picked up.
 */
public final class AuditProfileWriter implements OrderListener {
    private static final Logger log = LoggerFactory.getLogger(AuditProfileWriter.class);
    private static final String ACTION = "session-kick";
    private static final String SYSTEM = "Session Control";

    private final AuditManager auditManager;
    private final String profileName;
    private final AtomicBoolean warnedMissing = new AtomicBoolean();

    /**
     * Creates the writer.
     *
     * @param auditManager the gateway's audit profiles
     * @param profileName the profile to write to
     */
    public AuditProfileWriter(AuditManager auditManager, String profileName) {
        this.auditManager = Objects.requireNonNull(auditManager, "auditManager");
        this.profileName = Objects.requireNonNull(profileName, "profileName");
    }

    @Override
    public void orderChanged(OrderEntry entry) {
        AuditProfile profile = auditManager.getProfile(profileName);
        if (profile == null) {
            if (warnedMissing.compareAndSet(false, true)) {
                log.warn("Audit profile '{}' named in the Session Control settings does not"
                        + " exist; kicks are recorded in the gateway log only", profileName);
            }
            return;
        }
        profile.audit(new AuditRecordBuilder()
                .setAction(ACTION)
                .setActionTarget(entry.sessionId() + " (" + entry.user() + "@" + entry.host()
                        + ")")
                .setActionValue(entry.status().label() + ": " + entry.reason())
                .setActor(entry.issuer())
                .setActorHost("")
                .setOriginatingContext(ApplicationScope.GATEWAY)
                .setOriginatingSystem(SYSTEM)
                .setTimestamp(Date.from(entry.updated()))
                .build());
    }

    @Override
    public String toString() {
        return "AuditProfileWriter{" + profileName + "}";
    }
}
