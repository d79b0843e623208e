package dev.sessioncontrol.gateway.session;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.inductiveautomation.ignition.common.user.User;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mockito.ArgumentCaptor;

/**
 * Builds the platform's Vision client and designer sessions as Mockito stand-ins, with the
 * attributes the gateway keeps for them:
 *
 * <pre>{@code
 * ClientReqSession bob = PlatformSessions.aClient("S1").user("bob").host("hmi-01").build();
 * }</pre>
 */
public final class PlatformSessions {
    /** When every built session started, unless a test says otherwise. */
    public static final Instant STARTED = Instant.parse("2024-05-01T06:00:00Z");

    private PlatformSessions() {
    }

    /**
     * Starts a Vision client session of user "operator".
     *
     * @param publicId the session's public id
     * @return the builder
     */
    public static Builder aClient(String publicId) {
        return new Builder(publicId, false);
    }

    /**
     * Starts a designer session of user "operator".
     *
     * @param publicId the session's public id
     * @return the builder
     */
    public static Builder aDesigner(String publicId) {
        return new Builder(publicId, true);
    }

    /**
     * Returns the one terminate token queued for a session, checking that it went out with this
     * module's id and the terminate type.
     *
     * @param session a built session
     * @return the token
     */
    public static String tokenQueuedFor(ClientReqSession session) {
        ArgumentCaptor<Serializable> message = ArgumentCaptor.forClass(Serializable.class);
        verify(session).addNotification(eq("dev.sessioncontrol"), eq("terminate"),
                message.capture());
        return (String) message.getValue();
    }

    /** Collects one session's attributes; {@link #build()} makes the stand-in. */
    public static final class Builder {
        private final String publicId;
        private final boolean designer;
        private final Map<String, Object> attributes = new HashMap<>();
        private Instant started = STARTED;
        private Instant lastContact = STARTED.plusSeconds(90);
        private boolean invalidated;
        private boolean idUnreadable;

        private Builder(String publicId, boolean designer) {
            this.publicId = publicId;
            this.designer = designer;
            user("operator");
            attributes.put(ClientReqSession.SESSION_REMOTE_HOST, "host-" + publicId);
            attributes.put(ClientReqSession.SESSION_REMOTE_ADDR, "192.0.2.10");
            attributes.put(ClientReqSession.SESSION_PROJECT_NAME, "Plant");
        }

        /**
         * Sets the logged-in user, with no roles.
         *
         * @param name the user name
         * @return this builder
         */
        public Builder user(String name) {
            attributes.put(ClientReqSession.SESSION_USERNAME, name);
            return roles();
        }

        /**
         * Sets the logged-in user's roles.
         *
         * @param roles the role names
         * @return this builder
         */
        public Builder roles(String... roles) {
            List<String> names = Arrays.asList(roles);
            User user = mock(User.class);
            when(user.getRoles()).thenReturn(names);
            attributes.put(ClientReqSession.SESSION_USER, user);
            return this;
        }

        /**
         * Makes the session one that has not logged in.
         *
         * @return this builder
         */
        public Builder withoutUser() {
            attributes.remove(ClientReqSession.SESSION_USERNAME);
            attributes.remove(ClientReqSession.SESSION_USER);
            return this;
        }

        /**
         * Sets or removes one attribute.
         *
         * @param key the attribute key
         * @param value the value, or null to leave it out
         * @return this builder
         */
        public Builder attribute(String key, Object value) {
            if (value == null) {
                attributes.remove(key);
            } else {
                attributes.put(key, value);
            }
            return this;
        }

        /**
         * Sets the host name the client reported.
         *
         * @param host the host name
         * @return this builder
         */
        public Builder host(String host) {
            return attribute(ClientReqSession.SESSION_REMOTE_HOST, host);
        }

        /**
         * Sets the project the session runs.
         *
         * @param project the project name
         * @return this builder
         */
        public Builder project(String project) {
            return attribute(ClientReqSession.SESSION_PROJECT_NAME, project);
        }

        /**
         * Sets when the session started and when the gateway last heard from it.
         *
         * @param started the start
         * @param lastContact the last contact
         * @return this builder
         */
        public Builder times(Instant started, Instant lastContact) {
            this.started = started;
            this.lastContact = lastContact;
            return this;
        }

        /**
         * Makes the session one that was invalidated: its id still reads, but its attributes
         * and times throw {@link IllegalStateException}, as a servlet session's do.
         *
         * @return this builder
         */
        public Builder invalidated() {
            this.invalidated = true;
            return this;
        }

        /**
         * Makes even the session's public id throw {@link IllegalStateException}.
         *
         * @return this builder
         */
        public Builder unreadable() {
            this.invalidated = true;
            this.idUnreadable = true;
            return this;
        }

        /**
         * Returns the stand-in session.
         *
         * @return the session
         */
        public ClientReqSession build() {
            ClientReqSession session = mock(ClientReqSession.class,
                    withSettings().name("session " + publicId));
            IllegalStateException ended = new IllegalStateException("session invalidated");
            if (idUnreadable) {
                when(session.getPublicId()).thenThrow(ended);
            } else {
                when(session.getPublicId()).thenReturn(publicId);
            }
            if (invalidated) {
                when(session.getAttribute(anyString())).thenThrow(ended);
                when(session.isDesigner()).thenThrow(ended);
                when(session.getCreationTime()).thenThrow(ended);
                when(session.getLastAccessedTime()).thenThrow(ended);
            } else {
                Map<String, Object> values = new HashMap<>(attributes);
                when(session.getAttribute(anyString()))
                        .thenAnswer(call -> values.get(call.<String>getArgument(0)));
                when(session.isDesigner()).thenReturn(designer);
                when(session.getCreationTime()).thenReturn(started.toEpochMilli());
                when(session.getLastAccessedTime()).thenReturn(lastContact.toEpochMilli());
            }
            return session;
        }
    }
}
