package dev.sessioncontrol.build;

import static dev.sessioncontrol.build.ModuleFixture.aModule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModlPackagerTest {

    @TempDir
    Path directory;

    @Test
    void failsNamingAModuleJarThatIsMissing() throws Exception {
        ModuleFixture module = aModule(directory);
        String[] arguments = module.arguments();
        Files.delete(module.jarFile("gateway"));

        assertThatThrownBy(() ->
                new ModlPackager(Clock.systemUTC(), Map.of(), line -> { }).run(arguments))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("session-control-gateway-1.0.0-SNAPSHOT.jar")
                .hasMessageContaining("missing");
        assertThat(module.outputDirectory().resolve("Session-Control-unsigned.modl"))
                .doesNotExist();
    }

    @Test
    void refusesTheSdkStubsOnTheRuntimeClasspath() {
        ModuleFixture module = aModule(directory)
                .withRuntimeDependency("sdk-stubs-1.0.0-SNAPSHOT.jar");

        assertThatThrownBy(module::pack)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sdk-stubs-1.0.0-SNAPSHOT.jar would be packed")
                .hasMessageContaining("<scope>provided</scope>");
    }

    @Test
    void refusesSlf4jJythonAndTheServletApiOnTheRuntimeClasspath() {
        for (String library : new String[] {"slf4j-api-1.7.36.jar",
            "jython-standalone-2.7.3.jar", "javax.servlet-api-4.0.1.jar"}) {
            ModuleFixture module = aModule(directory.resolve(library))
                    .withRuntimeDependency(library);

            assertThatThrownBy(module::pack)
                    .hasMessageContaining(library + " would be packed")
                    .hasMessageContaining("Ignition platform provides it");
        }
    }

    @Test
    void refusesATestLibraryOnTheRuntimeClasspath() {
        ModuleFixture module = aModule(directory).withRuntimeDependency("junit-4.13.2.jar");

        assertThatThrownBy(module::pack)
                .hasMessageContaining("junit-4.13.2.jar would be packed")
                .hasMessageContaining("<scope>test</scope>");
    }

    @Test
    void refusesAnyOtherRuntimeDependencyInsteadOfDroppingIt() {
        ModuleFixture module = aModule(directory).withRuntimeDependency("gson-2.11.0.jar");

        assertThatThrownBy(module::pack)
                .hasMessageContaining("gson-2.11.0.jar is a runtime dependency of a module")
                .hasMessageContaining("carries only the module jars");
    }

    @Test
    void refusesAModuleJarCarryingPlatformClasses() {
        ModuleFixture module = aModule(directory).withEntry("common", "org/slf4j/Logger.class");

        assertThatThrownBy(module::pack)
                .hasMessageContaining("session-control-common-1.0.0-SNAPSHOT.jar contains"
                        + " org/slf4j/Logger.class")
                .hasMessageContaining("Ignition platform provides");
    }

    @Test
    void refusesAModuleJarCarryingSdkStandIns() {
        ModuleFixture module = aModule(directory).withEntry("gateway",
                "com/inductiveautomation/ignition/gateway/model/GatewayContext.class");

        assertThatThrownBy(module::pack)
                .hasMessageContaining("com/inductiveautomation/ignition/gateway/model/"
                        + "GatewayContext.class");
    }

    @Test
    void refusesAHookThatIsOnlyInAJarOfAnotherScope() {
        ModuleFixture module = aModule(directory)
                .withoutEntry("gateway", "dev/sessioncontrol/gateway/GatewayHook.class")
                .withEntry("client", "dev/sessioncontrol/gateway/GatewayHook.class");

        assertThatThrownBy(module::pack)
                .hasMessageContaining("hook dev.sessioncontrol.gateway.GatewayHook (scope G)")
                .hasMessageContaining("session-control-common-1.0.0-SNAPSHOT.jar,"
                        + " session-control-gateway-1.0.0-SNAPSHOT.jar");
    }

    @Test
    void refusesAnUnresolvedMavenProperty() {
        ModuleFixture module = aModule(directory)
                .withArgument("--keystore=${modl.keystor}");

        assertThatThrownBy(module::pack)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--keystore holds an unresolved Maven property");
    }

    @Test
    void unsignedBuildSaysSoInOneLineAndRemovesAnOutdatedSignedModule() throws Exception {
        ModuleFixture module = aModule(directory);
        Path outdated = module.outputDirectory().resolve("Session-Control.modl");
        Files.createDirectories(outdated.getParent());
        Files.writeString(outdated, "an older signed module");

        PackagedModule packed = module.pack();

        assertThat(packed.signed()).isEmpty();
        assertThat(outdated).doesNotExist();
        assertThat(packed.unsigned()).hasFileName("Session-Control-unsigned.modl").isRegularFile();
        assertThat(module.log()).filteredOn(line -> line.contains("not signed")).hasSize(1);
    }

    @Test
    void laterBuildGetsAHigherVersion() {
        ModuleFixture module = aModule(directory);
        String[] arguments = module.arguments();
        Instant later = ModuleFixture.BUILD_TIME.plusSeconds(60);

        PackagedModule first = module.pack();
        PackagedModule second =
                new ModlPackager(Clock.fixed(later, ZoneOffset.UTC), Map.of(), line -> { })
                        .run(arguments);

        assertThat(second.version().build()).isGreaterThan(first.version().build());
        assertThat(ModlContents.read(second.unsigned()).text("version"))
                .isEqualTo(second.version().toString());
    }
}
