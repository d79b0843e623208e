package dev.sessioncontrol.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PackagerArgumentsTest {

    @Test
    void rejectsAnUnknownOptionListingTheKnownOnes() {
        assertThatThrownBy(() -> PackagerArguments.parse(new String[] {"--modul-id=x"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option --modul-id")
                .hasMessageContaining("module-id");
    }

    @Test
    void rejectsASingleOptionGivenTwice() {
        String[] args = {"--file-name=A", "--file-name=B"};

        assertThatThrownBy(() -> PackagerArguments.parse(args, Map.of()))
                .hasMessageContaining("--file-name is given twice");
    }

    @Test
    void malformedPasswordOptionIsNotEchoed() {
        String[] args = {"--keystore-password:hunter2-secret"};

        assertThatThrownBy(() -> PackagerArguments.parse(args, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2-secret");
    }

    @Test
    void noKeystoreMeansNoSigning() {
        String[] args = {"--keystore=", "--keystore-password="};

        assertThat(PackagerArguments.parse(args, Map.of()).keystore()).isEmpty();
    }

    @Test
    void keyPasswordDefaultsToTheKeystorePassword() {
        String[] args = {"--keystore=signer.p12", "--keystore-password=pw-1"};

        KeystoreSettings settings =
                PackagerArguments.parse(args, Map.of()).keystore().orElseThrow();

        assertThat(settings.keyPassword()).containsExactly('p', 'w', '-', '1');
    }

    @Test
    void environmentSuppliesPasswordsLeftEmpty() {
        String[] args = {"--keystore=signer.jks", "--keystore-password=", "--key-password="};
        Map<String, String> environment = Map.of(
                PackagerArguments.KEYSTORE_PASSWORD_VARIABLE, "from-env-1",
                PackagerArguments.KEY_PASSWORD_VARIABLE, "from-env-2");

        KeystoreSettings settings =
                PackagerArguments.parse(args, environment).keystore().orElseThrow();

        assertThat(new String(settings.storePassword())).isEqualTo("from-env-1");
        assertThat(new String(settings.keyPassword())).isEqualTo("from-env-2");
    }

    @Test
    void jarsMayShareAScope() {
        String[] args = {"--jar=G=a.jar", "--jar=G=b.jar"};

        assertThat(PackagerArguments.parse(args, Map.of()).jars())
                .extracting(ModuleJar::fileName).containsExactly("a.jar", "b.jar");
    }
}
