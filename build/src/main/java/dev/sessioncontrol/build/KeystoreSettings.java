package dev.sessioncontrol.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the signing key is: a PKCS12 or JKS keystore, its password, the key's alias (empty to
 * take the keystore's only key) and the key's password (empty to reuse the keystore's).
 *
 * <p>{@link #toString()} shows the keystore and alias only, never a password.
 */
final class KeystoreSettings {

    private final Path keystore;
    private final char[] storePassword;
    private final String alias;
    private final char[] keyPassword;

    KeystoreSettings(Path keystore, char[] storePassword, String alias, char[] keyPassword) {
        this.keystore = Objects.requireNonNull(keystore, "keystore");
        this.storePassword = storePassword.clone();
        this.alias = Objects.requireNonNull(alias, "alias");
        this.keyPassword = keyPassword.clone();
    }

    Path keystore() {
        return keystore;
    }

    char[] storePassword() {
        return storePassword.clone();
    }

    String alias() {
        return alias;
    }

    /** The key's own password, or the keystore's when none was given. */
    char[] keyPassword() {
        return keyPassword.length == 0 ? storePassword.clone() : keyPassword.clone();
    }

    @Override
    public String toString() {
        return "KeystoreSettings[keystore=" + keystore + ", alias="
                + (alias.isEmpty() ? "(the only key)" : alias) + "]";
    }
}
