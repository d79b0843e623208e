package dev.sessioncontrol.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A keystore made with the JDK's keytool, holding one self-signed key. */
final class TestKeystore {

    private final Path path;
    private final String alias;
    private final String storePassword;
    private final String keyPassword;

    private TestKeystore(Path path, String alias, String storePassword, String keyPassword) {
        this.path = path;
        this.alias = alias;
        this.storePassword = storePassword;
        this.keyPassword = keyPassword;
    }

    /** A PKCS12 keystore with one 2048-bit RSA key; PKCS12 keys share the store password. */
    static TestKeystore pkcs12Rsa(Path directory, String alias, String password) {
        return generate(directory.resolve(alias + ".p12"), "PKCS12", "RSA", alias, password,
                password);
    }

    /** A JKS keystore whose key has a password of its own. */
    static TestKeystore jksRsa(Path directory, String alias, String storePassword,
            String keyPassword) {
        return generate(directory.resolve(alias + ".jks"), "JKS", "RSA", alias, storePassword,
                keyPassword);
    }

    /** A PKCS12 keystore with an elliptic-curve key, which Ignition does not accept. */
    static TestKeystore pkcs12Ec(Path directory, String alias, String password) {
        return generate(directory.resolve(alias + ".p12"), "PKCS12", "EC", alias, password,
                password);
    }

    Path path() {
        return path;
    }

    String alias() {
        return alias;
    }

    String storePassword() {
        return storePassword;
    }

    String keyPassword() {
        return keyPassword;
    }

    /** The packager options that sign with this keystore. */
    List<String> arguments() {
        return List.of("--keystore=" + path, "--keystore-password=" + storePassword,
                "--key-alias=" + alias, "--key-password=" + keyPassword);
    }

    private static TestKeystore generate(Path path, String type, String keyAlgorithm,
            String alias, String storePassword, String keyPassword) {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-noprompt",
                "-keystore", path.toString(), "-storetype", type,
                "-storepass", storePassword, "-keypass", keyPassword, "-alias", alias,
                "-keyalg", keyAlgorithm, "-keysize", keyAlgorithm.equals("RSA") ? "2048" : "256",
                "-validity", "30", "-dname", "CN=Session Control test signer, O=Session Control");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            return new TestKeystore(path, alias, storePassword, keyPassword);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + keytool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
