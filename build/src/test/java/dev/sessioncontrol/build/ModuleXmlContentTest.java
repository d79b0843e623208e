package dev.sessioncontrol.build;

import static dev.sessioncontrol.build.ModuleFixture.aModule;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleXmlContentTest {

    @TempDir
    Path directory;

    @Test
    void moduleXmlNamesEveryPartOfTheModule() {
        ModuleFixture module = aModule(directory);

        PackagedModule packed = module.pack();

        ModlContents modl = ModlContents.read(packed.unsigned());
        String version = ModlChecks.checkDescriptor(modl, module.expected());
        assertThat(version).isEqualTo(ModuleFixture.VERSION_AT_BUILD_TIME);
        assertThat(modl.text("description")).isEqualTo(ModuleFixture.DESCRIPTION);
        assertThat(modl.text("documentation")).isEqualTo("index.html");
    }

    @Test
    void moduleXmlIsUtf8WithTheDeclarationOnItsOwnLine() {
        ModuleFixture module = aModule(directory).withDescription("Beendet Sitzungen \u00fcberall");

        byte[] xml = ModlContents.read(module.pack().unsigned()).entry("module.xml");

        assertThat(new String(xml, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<modules>")
                .contains("Beendet Sitzungen \u00fcberall");
    }

    @Test
    void moduleXmlListsJarsInTheGivenOrderWithTheirScopes() {
        ModuleFixture module = aModule(directory);

        ModlContents modl = ModlContents.read(module.pack().unsigned());

        assertThat(modl.scoped("jar"))
                .extracting(entry -> entry.getKey() + " " + entry.getValue())
                .containsExactly(
                        "CDG session-control-common-1.0.0-SNAPSHOT.jar",
                        "G session-control-gateway-1.0.0-SNAPSHOT.jar",
                        "CD session-control-client-1.0.0-SNAPSHOT.jar",
                        "D session-control-designer-1.0.0-SNAPSHOT.jar");
        assertThat(modl.moduleElementNames()).containsExactly("id", "name", "description",
                "version", "requiredIgnitionVersion", "requiredFrameworkVersion", "freeModule",
                "documentation", "depends", "jar", "jar", "jar", "jar", "hook", "hook", "hook");
    }

    @Test
    void packsOnlyModuleXmlTheModuleJarsAndTheDocumentation() {
        ModuleFixture module = aModule(directory);

        ModlContents modl = ModlContents.read(module.pack().unsigned());

        assertThat(modl.entryNames()).containsExactly("module.xml",
                "session-control-common-1.0.0-SNAPSHOT.jar",
                "session-control-gateway-1.0.0-SNAPSHOT.jar",
                "session-control-client-1.0.0-SNAPSHOT.jar",
                "session-control-designer-1.0.0-SNAPSHOT.jar",
                "doc/images/panel.svg",
                "doc/index.html");
        ModlChecks.checkOnlyModuleFiles(modl);
        ModlChecks.checkHooksInScopedJars(modl);
    }

    @Test
    void packsTheModuleJarsByteForByte() throws Exception {
        ModuleFixture module = aModule(directory);

        ModlContents modl = ModlContents.read(module.pack().unsigned());

        assertThat(modl.entry("session-control-gateway-1.0.0-SNAPSHOT.jar"))
                .isEqualTo(Files.readAllBytes(module.jarFile("gateway")));
    }

    @Test
    void keepsMarkupInTheDescriptionAsText() {
        String description = "Ends <b>sessions</b> & \"records\" who did it";
        ModuleFixture module = aModule(directory).withDescription(description);

        ModlContents modl = ModlContents.read(module.pack().unsigned());

        assertThat(modl.text("description")).isEqualTo(description);
        assertThat(modl.moduleElementNames()).doesNotContain("b");
    }

    @Test
    void classVersionCheckFindsAClassCompiledForJava17() {
        ModuleFixture module = aModule(directory).withEntry("common",
                "dev/sessioncontrol/common/Newer.class", TestJar.classFile(TestJar.JAVA_17));

        ModlContents modl = ModlContents.read(module.pack().unsigned());

        assertThat(ModlChecks.classesNotOfMajorVersion(modl, TestJar.JAVA_11))
                .containsExactly("session-control-common-1.0.0-SNAPSHOT.jar"
                        + "!dev/sessioncontrol/common/Newer.class has 61");
    }
}
