package dev.sessioncontrol.gateway.session;

import static dev.sessioncontrol.gateway.session.PlatformSessions.aClient;
import static dev.sessioncontrol.gateway.session.PlatformSessions.aDesigner;
import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionScope;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {
    private final LiveSessions sessions = new LiveSessions();
    private final SessionKeyStore keys = new SessionKeyStore(new SecureRandom());
    private final SessionRegistry registry = new SessionRegistry(sessions, keys);

    @Test
    void readsEverySessionAttribute() {
        Instant started = Instant.parse("2024-05-01T06:15:00Z");
        Instant lastContact = Instant.parse("2024-05-01T11:59:30Z");
        sessions.add(aClient("S1").user("alice").host("hmi-07").project("Packaging")
                .attribute(ClientReqSession.SESSION_REMOTE_ADDR, "10.1.2.3")
                .times(started, lastContact));

        SessionRecord record = onlyRecord(registry.list(SessionFilter.all()));

        assertThat(record.id()).isEqualTo("S1");
        assertThat(record.user()).isEqualTo("alice");
        assertThat(record.host()).isEqualTo("hmi-07");
        assertThat(record.address()).isEqualTo("10.1.2.3");
        assertThat(record.project()).isEqualTo("Packaging");
        assertThat(record.scope()).isEqualTo(SessionScope.CLIENT);
        assertThat(record.started()).isEqualTo(started);
        assertThat(record.lastContact()).isEqualTo(lastContact);
    }

    @Test
    void designerSessionsHaveTheDesignerScope() {
        sessions.add(aDesigner("D1"));

        assertThat(onlyRecord(registry.list(SessionFilter.all())).scope())
                .isEqualTo(SessionScope.DESIGNER);
    }

    @Test
    void sessionWithoutUserIsUnauthenticated() {
        sessions.add(aClient("S1").withoutUser());

        assertThat(onlyRecord(registry.list(SessionFilter.all())).user())
                .isEqualTo("unauthenticated");
    }

    @Test
    void sessionWithAnEmptyUserNameIsUnauthenticated() {
        sessions.add(aClient("S1").user(""));

        assertThat(onlyRecord(registry.list(SessionFilter.all())).user())
                .isEqualTo("unauthenticated");
    }

    @Test
    void missingHostAddressAndProjectReadAsEmpty() {
        sessions.add(aClient("S1").host(null).project(null)
                .attribute(ClientReqSession.SESSION_REMOTE_ADDR, null));

        SessionRecord record = onlyRecord(registry.list(SessionFilter.all()));

        assertThat(record.host()).isEmpty();
        assertThat(record.address()).isEmpty();
        assertThat(record.project()).isEmpty();
    }

    @Test
    void sessionIsKickableOnlyOnceItsClientModuleRegistered() {
        sessions.add(aClient("S1"));
        sessions.add(aClient("S2"));

        keys.issue("S2");

        List<SessionRecord> records = registry.list(SessionFilter.all());
        assertThat(records).filteredOn(SessionRecord::isKickable)
                .extracting(SessionRecord::id).containsExactly("S2");
    }

    @Test
    void filtersByUserWithoutRegardToCase() {
        sessions.add(aClient("S1").user("Alice"));
        sessions.add(aClient("S2").user("bob"));

        List<SessionRecord> records = registry.list(SessionFilter.of("ALICE", null, null));

        assertThat(records).extracting(SessionRecord::id).containsExactly("S1");
    }

    @Test
    void filtersByProjectWithoutRegardToCase() {
        sessions.add(aClient("S1").project("Plant"));
        sessions.add(aClient("S2").project("Warehouse"));

        List<SessionRecord> records = registry.list(SessionFilter.of(null, "plant", null));

        assertThat(records).extracting(SessionRecord::id).containsExactly("S1");
    }

    @Test
    void filtersByScope() {
        sessions.add(aClient("S1"));
        sessions.add(aDesigner("D1"));

        assertThat(registry.list(SessionFilter.of(null, null, SessionScope.DESIGNER)))
                .extracting(SessionRecord::id).containsExactly("D1");
        assertThat(registry.list(SessionFilter.of(null, null, SessionScope.CLIENT)))
                .extracting(SessionRecord::id).containsExactly("S1");
    }

    @Test
    void listIsOrderedByUserWithoutRegardToCaseThenById() {
        sessions.add(aClient("S3").user("carol"));
        sessions.add(aClient("S2").user("Bob"));
        sessions.add(aClient("S1").user("bob"));
        sessions.add(aClient("S0").user("Alice"));

        List<SessionRecord> records = registry.list(SessionFilter.all());

        assertThat(records).extracting(SessionRecord::id)
                .containsExactly("S0", "S1", "S2", "S3");
    }

    @Test
    void invalidatedSessionIsLeftOut() {
        sessions.add(aClient("S1").user("alice"));
        sessions.add(aClient("S2").invalidated());
        sessions.add(aClient("S3").unreadable());

        List<SessionRecord> records = registry.list(SessionFilter.all());

        assertThat(records).extracting(SessionRecord::id).containsExactly("S1");
    }

    @Test
    void listingDropsTheKeysOfEndedSessions() {
        ClientReqSession ending = sessions.add(aClient("S1"));
        sessions.add(aClient("S2"));
        keys.issue("S1");
        keys.issue("S2");

        sessions.end(ending);
        registry.list(SessionFilter.all());

        assertThat(keys.contains("S1")).isFalse();
        assertThat(keys.contains("S2")).isTrue();
    }

    @Test
    void listingDropsTheKeyOfASessionWhoseIdNoLongerReads() {
        sessions.add(aClient("S1").unreadable());
        keys.issue("S1");

        registry.list(SessionFilter.all());

        assertThat(keys.contains("S1")).isFalse();
    }

    @Test
    void findsALiveSessionByPublicId() {
        sessions.add(aClient("S1"));
        ClientReqSession wanted = sessions.add(aClient("S2"));

        assertThat(registry.find("S2")).containsSame(wanted);
        assertThat(registry.find("S9")).isEmpty();
    }

    @Test
    void findSkipsSessionsWhoseIdNoLongerReads() {
        sessions.add(aClient("S1").unreadable());
        ClientReqSession wanted = sessions.add(aClient("S2"));

        assertThat(registry.find("S2")).containsSame(wanted);
    }

    @Test
    void readOfAnInvalidatedSessionIsEmpty() {
        ClientReqSession invalidated = aClient("S1").invalidated().build();

        assertThat(registry.read(invalidated)).isEmpty();
    }

    private static SessionRecord onlyRecord(List<SessionRecord> records) {
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
