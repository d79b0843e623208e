package dev.sessioncontrol.sandbox.script;

/**
 * Raised by {@code sandbox.clientScript} when the code raised in the client's scope; the
 * message is the client's name and the error as its console showed it.
 */
public final class ClientScriptError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param client the client's name
     * @param error the error as the client's console showed it
     */
    public ClientScriptError(String client, String error) {
        super(client + ": " + error);
    }
}
