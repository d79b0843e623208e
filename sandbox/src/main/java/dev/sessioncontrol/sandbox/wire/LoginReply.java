package dev.sessioncontrol.sandbox.wire;

import java.io.Serializable;
import java.util.Objects;

/**
 * The gateway's answer to a login: the secret id the client presents on every later request,
 * and the public id that scripts and listings show.
 *
 * <p>Security note: the secret id is a credential. {@link #toString()} never shows it.
 *
 * @param secretId the credential of the session
 * @param publicId the session's public id
 */
public record LoginReply(String secretId, String publicId) implements Serializable {
    /** Checks that both ids are present. */
    public LoginReply {
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(publicId, "publicId");
    }

    @Override
    public String toString() {
        return "LoginReply{publicId=" + publicId + ", secretId=<redacted>}";
    }
}
