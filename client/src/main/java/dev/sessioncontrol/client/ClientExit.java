package dev.sessioncontrol.client;

/** Ends the running client, the way its platform does. */
public interface ClientExit {
    /**
     * Ends the client.
     *
     * @param force true to skip the client's shutdown-intercept script, so it cannot veto the exit
     */
    void exit(boolean force);
}
