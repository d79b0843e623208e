package dev.sessioncontrol.build;

import static dev.sessioncontrol.build.ModuleFixture.aModule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModlSignatureTest {

    private static final String PASSWORD = "store-secret-7Hq2";
    private static final String KEY_PASSWORD = "key-secret-9Zx4";

    @TempDir
    static Path keys;

    private static TestKeystore rsaKeystore;

    @TempDir
    Path directory;

    @BeforeAll
    static void makeKeystore() {
        rsaKeystore = TestKeystore.pkcs12Rsa(keys, "modl-signer", PASSWORD);
    }

    @Test
    void everyEntryVerifiesWithTheCertificateFromThePkcs7File() throws Exception {
        PackagedModule packed = aModule(directory).signedWith(rsaKeystore).pack();

        ModlContents modl = ModlContents.read(packed.signed().orElseThrow());

        assertThat(ModlChecks.entriesFailingVerification(modl)).isEmpty();
        assertThat(modl.signatures().stringPropertyNames()).containsExactlyInAnyOrder(
                "/module.xml",
                "/session-control-common-1.0.0-SNAPSHOT.jar",
                "/session-control-gateway-1.0.0-SNAPSHOT.jar",
                "/session-control-client-1.0.0-SNAPSHOT.jar",
                "/session-control-designer-1.0.0-SNAPSHOT.jar",
                "/doc/images/panel.svg",
                "/doc/index.html");
    }

    @Test
    void certificatesFileHoldsTheKeystoreCertificate() throws Exception {
        PackagedModule packed = aModule(directory).signedWith(rsaKeystore).pack();

        ModlContents modl = ModlContents.read(packed.signed().orElseThrow());

        KeyStore store = KeyStore.getInstance(rsaKeystore.path().toFile(),
                PASSWORD.toCharArray());
        assertThat(ModlChecks.certificates(modl))
                .containsExactly((X509Certificate) store.getCertificate("modl-signer"));
    }

    @Test
    void aChangedByteInAnyEntryFailsVerification() throws Exception {
        PackagedModule packed = aModule(directory).signedWith(rsaKeystore).pack();
        ModlContents signed = ModlContents.read(packed.signed().orElseThrow());

        for (String target : signed.entryNames()) {
            if (ModlChecks.isSignatureFile(target)) {
                continue;
            }
            Path tampered = directory.resolve("tampered.modl");
            rewriteWithOneByteChanged(signed, target, tampered);

            assertThat(ModlChecks.entriesFailingVerification(ModlContents.read(tampered)))
                    .as("after changing %s", target)
                    .containsExactly(target);
        }
    }

    @Test
    void signedModuleCarriesTheUnsignedEntriesUnchanged() {
        PackagedModule packed = aModule(directory).signedWith(rsaKeystore).pack();

        ModlContents unsigned = ModlContents.read(packed.unsigned());
        ModlContents signed = ModlContents.read(packed.signed().orElseThrow());

        assertThat(signed.entryNames()).containsSubsequence(unsigned.entryNames())
                .endsWith("signatures.properties", "certificates.p7b")
                .hasSize(unsigned.entryNames().size() + 2);
        for (String name : unsigned.entryNames()) {
            assertThat(signed.entry(name)).as(name).isEqualTo(unsigned.entry(name));
        }
    }

    @Test
    void unsignedBuildHasNoSignatureFiles() {
        PackagedModule packed = aModule(directory).pack();

        assertThat(ModlContents.read(packed.unsigned()).entryNames())
                .doesNotContain("signatures.properties", "certificates.p7b");
        assertThat(packed.signed()).isEmpty();
    }

    @Test
    void signsWithAJksKeyThatHasAPasswordOfItsOwn() throws Exception {
        TestKeystore jks = TestKeystore.jksRsa(directory, "jks-signer", PASSWORD, KEY_PASSWORD);

        PackagedModule packed = aModule(directory).signedWith(jks).pack();

        ModlContents modl = ModlContents.read(packed.signed().orElseThrow());
        assertThat(ModlChecks.entriesFailingVerification(modl)).isEmpty();
    }

    @Test
    void takesTheOnlyKeyAndThePasswordFromTheEnvironmentWhenNotGiven() throws Exception {
        ModuleFixture module = aModule(directory)
                .withArgument("--keystore=" + rsaKeystore.path())
                .withEnvironment(PackagerArguments.KEYSTORE_PASSWORD_VARIABLE, PASSWORD);

        PackagedModule packed = module.pack();

        ModlContents modl = ModlContents.read(packed.signed().orElseThrow());
        assertThat(ModlChecks.entriesFailingVerification(modl)).isEmpty();
    }

    @Test
    void refusesAKeyThatIsNotRsa() {
        TestKeystore ec = TestKeystore.pkcs12Ec(directory, "ec-signer", PASSWORD);
        ModuleFixture module = aModule(directory).signedWith(ec);

        assertThatThrownBy(module::pack)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'ec-signer'")
                .hasMessageContaining("not an RSA private key");
        assertThat(module.outputDirectory().resolve("Session-Control.modl")).doesNotExist();
    }

    @Test
    void refusesAnUnknownAliasNamingTheKnownOnes() {
        ModuleFixture module = aModule(directory)
                .withArgument("--keystore=" + rsaKeystore.path())
                .withArgument("--keystore-password=" + PASSWORD)
                .withArgument("--key-alias=someone-else");

        assertThatThrownBy(module::pack)
                .hasMessageContaining("no key named 'someone-else'")
                .hasMessageContaining("[modl-signer]");
    }

    @Test
    void wrongPasswordFailsWithoutRepeatingAnyPassword() {
        String wrong = "wrong-secret-3Kd8";
        ModuleFixture module = aModule(directory)
                .withArgument("--keystore=" + rsaKeystore.path())
                .withArgument("--keystore-password=" + wrong);

        Throwable failure = catchThrowable(module::pack);

        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot open keystore");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(wrong, PASSWORD);
        }
    }

    @Test
    void logsNeitherPasswordsNorKeyMaterial() throws Exception {
        TestKeystore jks = TestKeystore.jksRsa(directory, "quiet-signer", PASSWORD, KEY_PASSWORD);
        ModuleFixture module = aModule(directory).signedWith(jks);

        module.pack();

        assertThat(module.log()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContain(PASSWORD, KEY_PASSWORD, "PRIVATE", "BEGIN"));
        assertThat(module.log()).anySatisfy(line -> assertThat(line)
                .contains("Signed").contains("CN=Session Control test signer"));
    }

    @Test
    void keystoreSettingsAndSigningKeyDescribeThemselvesWithoutSecrets() {
        KeystoreSettings settings = new KeystoreSettings(rsaKeystore.path(),
                PASSWORD.toCharArray(), "modl-signer", KEY_PASSWORD.toCharArray());

        SigningKey key = SigningKey.load(new KeystoreSettings(rsaKeystore.path(),
                PASSWORD.toCharArray(), "", new char[0]));

        assertThat(settings.toString()).contains("modl-signer")
                .doesNotContain(PASSWORD, KEY_PASSWORD);
        assertThat(key.toString()).contains("SHA256withRSA").doesNotContain("Private");
    }

    private static void rewriteWithOneByteChanged(ModlContents modl, String target, Path out)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        modl.entryNames().forEach(name -> entries.put(name, modl.entry(name)));
        byte[] content = entries.get(target);
        content[content.length / 2] ^= 0x01;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
