package dev.sessioncontrol.common.rpc;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a kick asks of the target session besides ending: the reason shown to the operator, the
 * grace time before the client exits, and whether a shutdown-intercept script may veto the exit.
 *
 * <p>Limits match the terminate order's: a reason of at most {@value #MAX_REASON_CHARS}
 * characters and a grace time from 0 to {@value #MAX_GRACE_SECONDS} seconds.
 */
public final class KickOptions implements Serializable {
    /** The longest reason accepted, in characters. */
    public static final int MAX_REASON_CHARS = 500;
    /** The longest grace time accepted, in seconds. */
    public static final int MAX_GRACE_SECONDS = 3600;
    /** The longest lockout accepted, in minutes (one day). */
    public static final int MAX_LOCKOUT_MINUTES = 1440;

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int graceSeconds;
    private final boolean force;
    private final boolean includeSelf;
    private final boolean includeDesigners;
    private final int lockoutMinutes;

    private KickOptions(Builder builder) {
        this.reason = normalizedReason(builder.reason);
        this.graceSeconds = builder.graceSeconds;
        this.force = builder.force;
        this.includeSelf = builder.includeSelf;
        this.includeDesigners = builder.includeDesigners;
        this.lockoutMinutes = builder.lockoutMinutes;
        if (reason.length() > MAX_REASON_CHARS) {
            throw new IllegalArgumentException("reason is " + reason.length()
                    + " characters long; the limit is " + MAX_REASON_CHARS);
        }
        if (graceSeconds < 0 || graceSeconds > MAX_GRACE_SECONDS) {
            throw new IllegalArgumentException("graceSeconds is " + graceSeconds
                    + "; expected 0 to " + MAX_GRACE_SECONDS);
        }
        if (lockoutMinutes < 0 || lockoutMinutes > MAX_LOCKOUT_MINUTES) {
            throw new IllegalArgumentException("lockoutMinutes is " + lockoutMinutes
                    + "; expected 0 (no lockout) to " + MAX_LOCKOUT_MINUTES);
        }
    }

    /**
     * Returns the reason trimmed, with Windows and old Mac line ends turned into line feeds.
     *
     * @throws IllegalArgumentException if it holds a control character other than a line feed
     *     or a tab, a line or paragraph separator, or half of a surrogate pair
     */
    private static String normalizedReason(String raw) {
        String text = raw == null ? "" : raw.replace("\r\n", "\n").replace('\r', '\n').trim();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedSurrogate) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                    || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                throw new IllegalArgumentException("reason has a control or unpaired character"
                        + " (U+" + String.format("%04X", (int) c) + ") at position " + i
                        + "; only printable text, line feeds and tabs are allowed");
            }
        }
        return text;
    }

    /**
     * Re-applies every rule to a deserialized value: an RPC caller can hand the gateway any
     * field values, so the constructor's checks must hold for what arrives over the wire too.
     */
    private Object readResolve() throws java.io.ObjectStreamException {
        try {
            return builder().reason(reason).graceSeconds(graceSeconds).force(force)
                    .includeSelf(includeSelf).includeDesigners(includeDesigners)
                    .lockoutMinutes(lockoutMinutes).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new java.io.InvalidObjectException("Invalid kick options: " + e.getMessage());
        }
    }

    /** Returns a builder with no reason, no grace time and no force. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the reason, trimmed; empty when none was given. */
    public String reason() {
        return reason;
    }

    /** Returns the seconds the operator gets before the client exits. */
    public int graceSeconds() {
        return graceSeconds;
    }

    /** Tells whether the exit skips the client's shutdown-intercept script. */
    public boolean isForce() {
        return force;
    }

    /** Tells whether the caller's own session may be among the targets. */
    public boolean isIncludeSelf() {
        return includeSelf;
    }

    /** Tells whether designers may be among the targets. */
    public boolean isIncludeDesigners() {
        return includeDesigners;
    }

    /** Returns for how many minutes the kicked user and host are refused; 0 for none. */
    public int lockoutMinutes() {
        return lockoutMinutes;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof KickOptions)) {
            return false;
        }
        KickOptions that = (KickOptions) other;
        return reason.equals(that.reason) && graceSeconds == that.graceSeconds
                && force == that.force && includeSelf == that.includeSelf
                && includeDesigners == that.includeDesigners
                && lockoutMinutes == that.lockoutMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, graceSeconds, force, includeSelf, includeDesigners,
                lockoutMinutes);
    }

    @Override
    public String toString() {
        return "KickOptions{reason=" + reason + ", graceSeconds=" + graceSeconds
                + ", force=" + force + ", includeSelf=" + includeSelf + ", includeDesigners="
                + includeDesigners + ", lockoutMinutes=" + lockoutMinutes + "}";
    }

    /** Collects the options of a kick. */
    public static final class Builder {
        private String reason = "";
        private int graceSeconds;
        private boolean force;
        private boolean includeSelf;
        private boolean includeDesigners;
        private int lockoutMinutes;

        private Builder() {
        }

        /**
         * Sets the reason shown to the operator.
         *
         * @param reason plain text; null means none
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * Sets the grace time.
         *
         * @param graceSeconds seconds from 0 to {@value KickOptions#MAX_GRACE_SECONDS}
         * @return this builder
         */
        public Builder graceSeconds(int graceSeconds) {
            this.graceSeconds = graceSeconds;
            return this;
        }

        /**
         * Sets whether the exit skips the shutdown-intercept script.
         *
         * @param force true to exit even if a script would veto it
         * @return this builder
         */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /**
         * Sets whether the caller's own session may be kicked; off by default.
         *
         * @param includeSelf true to allow ending the caller's own session
         * @return this builder
         */
        public Builder includeSelf(boolean includeSelf) {
            this.includeSelf = includeSelf;
            return this;
        }

        /**
         * Sets whether designers may be kicked; off by default, since a designer may hold
         * resource locks and unsaved work.
         *
         * @param includeDesigners true to allow ending designers
         * @return this builder
         */
        public Builder includeDesigners(boolean includeDesigners) {
            this.includeDesigners = includeDesigners;
            return this;
        }

        /**
         * Sets for how long the kicked user and host are refused when they come back.
         *
         * @param lockoutMinutes 0 (the default) for no lockout, up to
         *     {@value KickOptions#MAX_LOCKOUT_MINUTES}
         * @return this builder
         */
        public Builder lockoutMinutes(int lockoutMinutes) {
            this.lockoutMinutes = lockoutMinutes;
            return this;
        }

        /**
         * Returns the options.
         *
         * @return the validated options
         * @throws IllegalArgumentException if the reason is too long or a number is out of range
         */
        public KickOptions build() {
            return new KickOptions(this);
        }
    }
}
