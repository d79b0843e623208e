package dev.sessioncontrol.gateway.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionControlSettingsTest {
    @TempDir
    Path dataDir;

    private Path settingsFile() {
        return dataDir.resolve(SessionControlSettings.FILE_NAME);
    }

    private void writeSettings(String... lines) throws IOException {
        Files.write(settingsFile(), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void createsTheFileWithTheDefaultsWhenItIsMissing() throws IOException {
        SessionControlSettings settings = SessionControlSettings.loadOrCreate(dataDir);

        assertThat(settingsFile()).exists();
        Properties written = new Properties();
        try (Reader in = Files.newBufferedReader(settingsFile(), StandardCharsets.UTF_8)) {
            written.load(in);
        }
        assertThat(written).containsEntry("kickRoles", "Administrator")
                .containsEntry("maxOrdersPerMinute", "120")
                .containsEntry("answerTimeoutSeconds", "60")
                .containsEntry("historySize", "500")
                .containsEntry("auditProfile", "");
        assertThat(settings.kickRoles()).containsExactly("Administrator");
        assertThat(settings.maxOrdersPerMinute()).isEqualTo(120);
        assertThat(settings.answerTimeoutSeconds()).isEqualTo(60);
        assertThat(settings.historySize()).isEqualTo(500);
        assertThat(settings.auditProfile()).isEmpty();
    }

    @Test
    void createsTheDataFolderWhenItIsMissing() {
        Path nested = dataDir.resolve("data").resolve("modules");

        SessionControlSettings.loadOrCreate(nested);

        assertThat(nested.resolve(SessionControlSettings.FILE_NAME)).exists();
    }

    @Test
    void rereadsAnEditedFileInsteadOfWritingTheDefaultsAgain() throws IOException {
        SessionControlSettings.loadOrCreate(dataDir);
        writeSettings("kickRoles=Supervisor", "maxOrdersPerMinute=7",
                "answerTimeoutSeconds=15", "historySize=40", "auditProfile=Plant Audit");

        SessionControlSettings settings = SessionControlSettings.loadOrCreate(dataDir);

        assertThat(settings.kickRoles()).containsExactly("Supervisor");
        assertThat(settings.maxOrdersPerMinute()).isEqualTo(7);
        assertThat(settings.answerTimeoutSeconds()).isEqualTo(15);
        assertThat(settings.historySize()).isEqualTo(40);
        assertThat(settings.auditProfile()).isEqualTo("Plant Audit");
        assertThat(Files.readString(settingsFile())).contains("kickRoles=Supervisor");
    }

    @Test
    void readsRolesFromACommaListWithSpaces() throws IOException {
        writeSettings("kickRoles =  Administrator , Shift Lead,,  Maintenance  ");

        SessionControlSettings settings = SessionControlSettings.loadOrCreate(dataDir);

        assertThat(settings.kickRoles())
                .containsExactly("Administrator", "Shift Lead", "Maintenance");
    }

    @Test
    void fillsKeysLeftOutWithTheirDefaults() throws IOException {
        writeSettings("auditProfile=Plant Audit");

        SessionControlSettings settings = SessionControlSettings.loadOrCreate(dataDir);

        assertThat(settings.kickRoles()).containsExactly("Administrator");
        assertThat(settings.maxOrdersPerMinute()).isEqualTo(120);
        assertThat(settings.auditProfile()).isEqualTo("Plant Audit");
    }

    @Test
    void acceptsTheEndsOfEachRange() throws IOException {
        writeSettings("maxOrdersPerMinute=100000", "answerTimeoutSeconds=5", "historySize=1");

        SessionControlSettings settings = SessionControlSettings.loadOrCreate(dataDir);

        assertThat(settings.maxOrdersPerMinute()).isEqualTo(100_000);
        assertThat(settings.answerTimeoutSeconds()).isEqualTo(5);
        assertThat(settings.historySize()).isEqualTo(1);
    }

    static Stream<Arguments> badNumbers() {
        return Stream.of(
                Arguments.of("maxOrdersPerMinute", "0", "from 1 to 100000"),
                Arguments.of("maxOrdersPerMinute", "100001", "from 1 to 100000"),
                Arguments.of("answerTimeoutSeconds", "abc", "from 5 to 3600"),
                Arguments.of("answerTimeoutSeconds", "4", "from 5 to 3600"),
                Arguments.of("answerTimeoutSeconds", "1.5", "from 5 to 3600"),
                Arguments.of("historySize", "-3", "from 1 to 100000"));
    }

    @ParameterizedTest
    @MethodSource("badNumbers")
    void refusesABadNumberNamingTheKeyTheValueAndTheRange(String key, String value,
            String range) throws IOException {
        writeSettings(key + "=" + value);

        assertThatThrownBy(() -> SessionControlSettings.loadOrCreate(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key + "=" + value)
                .hasMessageContaining(range)
                .hasMessageContaining(settingsFile().toString());
    }

    @Test
    void refusesEmptyKickRolesNamingTheKeyAndTheExpectedForm() throws IOException {
        writeSettings("kickRoles= , ,");

        assertThatThrownBy(() -> SessionControlSettings.loadOrCreate(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kickRoles")
                .hasMessageContaining("empty")
                .hasMessageContaining("comma-separated role names");
    }

    @Test
    void defaultsMatchTheFileWrittenOnFirstStart() {
        SessionControlSettings defaults = SessionControlSettings.defaults();

        SessionControlSettings created = SessionControlSettings.loadOrCreate(dataDir);

        assertThat(created.toString()).isEqualTo(defaults.toString());
    }
}
