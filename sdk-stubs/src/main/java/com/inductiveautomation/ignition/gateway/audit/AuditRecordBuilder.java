package com.inductiveautomation.ignition.gateway.audit;

import java.util.Date;

/**
 * Stand-in for the Ignition 8.1 builder of audit records. A plain value builder, so it
 * behaves like the platform's class: each setter stores a field and {@link #build()} returns a
 * record holding them.
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1 example,
 * which calls {@code new AuditRecordBuilder()}, the nine setters below in a chain, and
 * {@code build()}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/slack-alarm-notification/slack-notification-gateway/src/main/java/com/inductiveautomation/ignition/examples/slack/profile/SlackNotificationProfile.java
 * The setter parameter types follow the getters of the 8.1.37 AuditRecord page:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.37/com/inductiveautomation/ignition/gateway/audit/AuditRecord.html
 */
public class AuditRecordBuilder {
    private String action;
    private String actionTarget;
    private String actionValue;
    private String actor;
    private String actorHost;
    private int originatingContext;
    private String originatingSystem;
    private int statusCode;
    private Date timestamp;

    /** Creates a builder with every field empty. */
    public AuditRecordBuilder() {
    }

    /**
     * Sets what happened.
     *
     * @param action the action
     * @return this builder
     */
    public AuditRecordBuilder setAction(String action) {
        this.action = action;
        return this;
    }

    /**
     * Sets what the action happened to.
     *
     * @param actionTarget the target
     * @return this builder
     */
    public AuditRecordBuilder setActionTarget(String actionTarget) {
        this.actionTarget = actionTarget;
        return this;
    }

    /**
     * Sets the value of the action.
     *
     * @param actionValue the value
     * @return this builder
     */
    public AuditRecordBuilder setActionValue(String actionValue) {
        this.actionValue = actionValue;
        return this;
    }

    /**
     * Sets who performed the event.
     *
     * @param actor the user or system name
     * @return this builder
     */
    public AuditRecordBuilder setActor(String actor) {
        this.actor = actor;
        return this;
    }

    /**
     * Sets where the actor was.
     *
     * @param actorHost the address or host name
     * @return this builder
     */
    public AuditRecordBuilder setActorHost(String actorHost) {
        this.actorHost = actorHost;
        return this;
    }

    /**
     * Sets the ApplicationScope the record comes from.
     *
     * @param originatingContext the scope
     * @return this builder
     */
    public AuditRecordBuilder setOriginatingContext(int originatingContext) {
        this.originatingContext = originatingContext;
        return this;
    }

    /**
     * Sets a description of the originating system.
     *
     * @param originatingSystem the system
     * @return this builder
     */
    public AuditRecordBuilder setOriginatingSystem(String originatingSystem) {
        this.originatingSystem = originatingSystem;
        return this;
    }

    /**
     * Sets the status code of the action.
     *
     * @param statusCode the status code
     * @return this builder
     */
    public AuditRecordBuilder setStatusCode(int statusCode) {
        this.statusCode = statusCode;
        return this;
    }

    /**
     * Sets when the event happened.
     *
     * @param timestamp the time
     * @return this builder
     */
    public AuditRecordBuilder setTimestamp(Date timestamp) {
        this.timestamp = timestamp == null ? null : new Date(timestamp.getTime());
        return this;
    }

    /**
     * Returns a record holding the values set so far.
     *
     * @return the record
     */
    public AuditRecord build() {
        return new BuiltRecord(this);
    }

    private static final class BuiltRecord implements AuditRecord {
        private static final long serialVersionUID = 1L;

        private final String action;
        private final String actionTarget;
        private final String actionValue;
        private final String actor;
        private final String actorHost;
        private final int originatingContext;
        private final String originatingSystem;
        private final int statusCode;
        private final Date timestamp;

        BuiltRecord(AuditRecordBuilder builder) {
            this.action = builder.action;
            this.actionTarget = builder.actionTarget;
            this.actionValue = builder.actionValue;
            this.actor = builder.actor;
            this.actorHost = builder.actorHost;
            this.originatingContext = builder.originatingContext;
            this.originatingSystem = builder.originatingSystem;
            this.statusCode = builder.statusCode;
            this.timestamp = builder.timestamp == null
                    ? null : new Date(builder.timestamp.getTime());
        }

        @Override
        public String getActor() {
            return actor;
        }

        @Override
        public String getActorHost() {
            return actorHost;
        }

        @Override
        public String getAction() {
            return action;
        }

        @Override
        public String getActionTarget() {
            return actionTarget;
        }

        @Override
        public String getActionValue() {
            return actionValue;
        }

        @Override
        public int getStatusCode() {
            return statusCode;
        }

        @Override
        public Date getTimestamp() {
            return timestamp == null ? null : new Date(timestamp.getTime());
        }

        @Override
        public String getOriginatingSystem() {
            return originatingSystem;
        }

        @Override
        public int getOriginatingContext() {
            return originatingContext;
        }
    }
}
