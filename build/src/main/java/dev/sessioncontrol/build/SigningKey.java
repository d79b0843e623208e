package dev.sessioncontrol.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An RSA private key and its certificate chain, able to sign .modl entries the way an Ignition
 * gateway checks them: SHA256withRSA over the entry's bytes.
 *
 * <p>{@link #toString()} names the certificate's subject only; the key never leaves this object
 * except as signatures.
 */
final class SigningKey {

    static final String ALGORITHM = "SHA256withRSA";

    private static final byte[] PROBE =
            "key and certificate belong together".getBytes(StandardCharsets.UTF_8);

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    private SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    /**
     * Opens the keystore and takes the RSA key and its chain.
     *
     * @throws IllegalStateException if the keystore cannot be opened with the given password,
     *         the alias is missing or holds no RSA key, or the key does not match its certificate
     */
    static SigningKey load(KeystoreSettings settings) {
        KeyStore store = open(settings);
        String alias = chooseAlias(store, settings);
        Key key = recoverKey(store, alias, settings);
        if (!(key instanceof PrivateKey) || !"RSA".equals(key.getAlgorithm())) {
            throw new IllegalStateException("key '" + alias + "' in " + settings.keystore()
                    + " is not an RSA private key; Ignition accepts only RSA module signatures");
        }
        SigningKey signingKey = new SigningKey((PrivateKey) key, chainOf(store, alias, settings));
        signingKey.requireMatchingCertificate(alias);
        return signingKey;
    }

    /** Signs the bytes with SHA256withRSA. */
    byte[] sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with " + ALGORITHM + " failed", e);
        }
    }

    /** The signer's own certificate, first in the chain. */
    X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate chain in PKCS#7 form, the content of {@code certificates.p7b}. */
    byte[] chainAsPkcs7() {
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertPath(chain)
                    .getEncoded("PKCS7");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the certificate chain cannot be encoded as PKCS#7",
                    e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + ALGORITHM + ", certificate="
                + certificate().getSubjectX500Principal().getName() + "]";
    }

    private static KeyStore open(KeystoreSettings settings) {
        try {
            return KeyStore.getInstance(settings.keystore().toFile(), settings.storePassword());
        } catch (IOException | GeneralSecurityException e) {
            // The JDK's messages name neither password, so the cause is safe to keep.
            throw new IllegalStateException("cannot open keystore " + settings.keystore()
                    + " (PKCS12 or JKS): wrong keystore password, or not a keystore", e);
        }
    }

    private static String chooseAlias(KeyStore store, KeystoreSettings settings) {
        try {
            if (!settings.alias().isEmpty()) {
                if (!store.isKeyEntry(settings.alias())) {
                    throw new IllegalStateException("keystore " + settings.keystore()
                            + " has no key named '" + settings.alias() + "'; its keys are "
                            + keyAliases(store));
                }
                return settings.alias();
            }
            List<String> aliases = keyAliases(store);
            if (aliases.size() != 1) {
                throw new IllegalStateException("keystore " + settings.keystore() + " holds "
                        + aliases.size() + " keys " + aliases
                        + "; choose one with -Dmodl.key.alias=NAME");
            }
            return aliases.get(0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot list keystore " + settings.keystore(), e);
        }
    }

    private static List<String> keyAliases(KeyStore store) throws GeneralSecurityException {
        List<String> aliases = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                aliases.add(alias);
            }
        }
        return aliases;
    }

    private static Key recoverKey(KeyStore store, String alias, KeystoreSettings settings) {
        try {
            return store.getKey(alias, settings.keyPassword());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read key '" + alias + "' from "
                    + settings.keystore() + ": wrong key password", e);
        }
    }

    private static List<X509Certificate> chainOf(KeyStore store, String alias,
            KeystoreSettings settings) {
        Certificate[] certificates;
        try {
            certificates = store.getCertificateChain(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the certificate chain of '" + alias
                    + "'", e);
        }
        if (certificates == null || certificates.length == 0) {
            throw new IllegalStateException("key '" + alias + "' in " + settings.keystore()
                    + " has no certificate chain; import its certificate with keytool");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : certificates) {
            if (!(certificate instanceof X509Certificate)) {
                throw new IllegalStateException("key '" + alias + "' has a "
                        + certificate.getType() + " certificate; expected X.509");
            }
            chain.add((X509Certificate) certificate);
        }
        return chain;
    }

    private void requireMatchingCertificate(String alias) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(certificate().getPublicKey());
            verifier.update(PROBE);
            if (!verifier.verify(sign(PROBE))) {
                throw new IllegalStateException("key '" + alias
                        + "' does not match the first certificate of its chain");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot check key '" + alias
                    + "' against its certificate", e);
        }
    }
}
