package dev.sessioncontrol.client;

/** Tells the operator that the session is being ended, why, and how long is left. */
public interface TerminationNotice {
    /**
     * Shows the notice; returns at once and counts down on its own.
     *
     * @param reason plain text to show as is, never as markup; never empty
     * @param issuer the user who asked for the kick
     * @param graceSeconds the seconds left before the client exits
     */
    void show(String reason, String issuer, int graceSeconds);
}
