package dev.sessioncontrol.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the real package in build/target after {@code package}: module.xml, the jars and their
 * scopes, that nothing the platform provides is inside, that each hook sits in a jar of its
 * scope, that every class targets Java 11, and, for a signed build, every signature.
 *
 * <p>Maven's failsafe plugin passes the expected values as system properties (build/pom.xml).
 */
class PackagedModuleIT {

    private static final int JAVA_11 = 55;

    private static Path directory;
    private static String fileName;

    @BeforeAll
    static void locatePackage() {
        directory = Path.of(property("modl.directory"));
        fileName = property("modl.file.name");
    }

    @Test
    void unsignedModuleExistsAndASignedOneOnlyBesideIt() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<String> modls = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".modl"))
                    .sorted()
                    .collect(Collectors.toList());

            assertThat(modls).contains(fileName + "-unsigned.modl");
            assertThat(modls).isSubsetOf(fileName + "-unsigned.modl", fileName + ".modl");
        }
    }

    @Test
    void moduleXmlDescribesTheRealModule() {
        for (Path modl : modlFiles()) {
            ModlChecks.checkDescriptor(ModlContents.read(modl), expected());
        }
    }

    @Test
    void packsTheRealModuleJarsAndNothingThePlatformProvides() throws IOException {
        for (Path modl : modlFiles()) {
            ModlContents contents = ModlContents.read(modl);

            ModlChecks.checkOnlyModuleFiles(contents);
            for (String jar : moduleJars().keySet()) {
                assertThat(contents.entry(jar.substring(jar.lastIndexOf('/') + 1)))
                        .as("%s in %s", jar, modl.getFileName())
                        .isEqualTo(Files.readAllBytes(Path.of(jar)));
            }
        }
    }

    @Test
    void eachHookIsInAJarOfItsScope() {
        for (Path modl : modlFiles()) {
            ModlChecks.checkHooksInScopedJars(ModlContents.read(modl));
        }
    }

    @Test
    void everyClassTargetsJava11() {
        for (Path modl : modlFiles()) {
            assertThat(ModlChecks.classesNotOfMajorVersion(ModlContents.read(modl), JAVA_11))
                    .as("classes in %s not compiled for Java 11", modl.getFileName())
                    .isEmpty();
        }
    }

    @Test
    void signedModuleVerifiesOrUnsignedOneCarriesNoSignatures() throws Exception {
        ModlContents unsigned = ModlContents.read(directory.resolve(fileName + "-unsigned.modl"));
        assertThat(unsigned.entryNames()).noneMatch(ModlChecks::isSignatureFile);

        Path signedFile = directory.resolve(fileName + ".modl");
        if (Files.exists(signedFile)) {
            ModlContents signed = ModlContents.read(signedFile);
            assertThat(ModlChecks.entriesFailingVerification(signed)).isEmpty();
            assertThat(signed.entryNames())
                    .containsExactlyElementsOf(withSignatureFiles(unsigned.entryNames()));
        }
    }

    private static List<Path> modlFiles() {
        Path signed = directory.resolve(fileName + ".modl");
        Path unsigned = directory.resolve(fileName + "-unsigned.modl");
        return Files.exists(signed) ? List.of(unsigned, signed) : List.of(unsigned);
    }

    private static ModlChecks.Expected expected() {
        Map<String, String> jarScopes = new LinkedHashMap<>();
        moduleJars().forEach((path, scope) ->
                jarScopes.put(Path.of(path).getFileName().toString(), scope));
        String projectVersion = property("modl.project.version");
        return new ModlChecks.Expected(
                property("modl.module.id"),
                property("modl.module.name"),
                projectVersion.replaceFirst("-.*$", ""),
                property("modl.required.ignition.version"),
                property("modl.framework.version"),
                Map.of("com.inductiveautomation.vision", "CD"),
                jarScopes,
                Map.of("G", "dev.sessioncontrol.gateway.GatewayHook",
                        "C", "dev.sessioncontrol.client.ClientHook",
                        "D", "dev.sessioncontrol.designer.DesignerHook"));
    }

    /** The real module jar paths, as Maven resolved them, with the scope each must have. */
    private static Map<String, String> moduleJars() {
        Map<String, String> jars = new LinkedHashMap<>();
        jars.put(property("modl.jar.common"), "CDG");
        jars.put(property("modl.jar.gateway"), "G");
        jars.put(property("modl.jar.client"), "CD");
        jars.put(property("modl.jar.designer"), "D");
        return jars;
    }

    private static List<String> withSignatureFiles(List<String> names) {
        return Stream.concat(names.stream(),
                Stream.of(ModlSigner.SIGNATURES, ModlSigner.CERTIFICATES))
                .collect(Collectors.toList());
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by build/pom.xml)", name).isNotBlank();
        return value;
    }
}
