package dev.sessioncontrol.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Session Control module made of test jars, packed the way build/pom.xml packs the real one:
 * {@code aModule(dir).pack()}, or with changes such as
 * {@code aModule(dir).withEntry("common", "org/slf4j/Logger.class").pack()}.
 */
final class ModuleFixture {

    static final Instant BUILD_TIME = Instant.parse("2025-12-04T15:30:00Z");
    static final String PROJECT_VERSION = "1.0.0-SNAPSHOT";
    static final String VERSION_AT_BUILD_TIME = "1.0.0.253381530";
    static final String DESCRIPTION = "Ends a chosen session with a signed order.";

    private static final Map<String, String> SCOPES =
            Map.of("common", "CDG", "gateway", "G", "client", "CD", "designer", "D");
    private static final Map<String, String> HOOKS = Map.of(
            "G", "dev.sessioncontrol.gateway.GatewayHook",
            "C", "dev.sessioncontrol.client.ClientHook",
            "D", "dev.sessioncontrol.designer.DesignerHook");

    private final Path directory;
    private final Map<String, Map<String, byte[]>> jarEntries = new LinkedHashMap<>();
    private final List<Path> extraClasspath = new ArrayList<>();
    private final List<String> extraArguments = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    private String description = DESCRIPTION;

    private ModuleFixture(Path directory) {
        this.directory = directory;
        for (String module : List.of("common", "gateway", "client", "designer")) {
            jarEntries.put(module, new LinkedHashMap<>());
            withEntry(module, "META-INF/MANIFEST.MF");
            withEntry(module, "dev/sessioncontrol/" + module + "/Marker.class");
        }
        withEntry("gateway", "dev/sessioncontrol/gateway/GatewayHook.class");
        withEntry("client", "dev/sessioncontrol/client/ClientHook.class");
        withEntry("designer", "dev/sessioncontrol/designer/DesignerHook.class");
    }

    static ModuleFixture aModule(Path directory) {
        return new ModuleFixture(directory);
    }

    /** Adds an entry to a module's jar; class files get a Java 11 header. */
    ModuleFixture withEntry(String module, String entry) {
        byte[] content = entry.endsWith(".class")
                ? TestJar.classFile(TestJar.JAVA_11)
                : ("content of " + entry).getBytes(StandardCharsets.UTF_8);
        jarEntries.get(module).put(entry, content);
        return this;
    }

    ModuleFixture withEntry(String module, String entry, byte[] content) {
        jarEntries.get(module).put(entry, content.clone());
        return this;
    }

    ModuleFixture withoutEntry(String module, String entry) {
        jarEntries.get(module).remove(entry);
        return this;
    }

    ModuleFixture withDescription(String value) {
        this.description = value;
        return this;
    }

    /** Puts a jar of that file name, besides the module jars, on the runtime classpath. */
    ModuleFixture withRuntimeDependency(String fileName) {
        extraClasspath.add(TestJar.write(directory.resolve("repository").resolve(fileName),
                Map.of("library/Library.class", TestJar.classFile(TestJar.JAVA_11))));
        return this;
    }

    ModuleFixture withArgument(String argument) {
        extraArguments.add(argument);
        return this;
    }

    ModuleFixture signedWith(TestKeystore keystore) {
        extraArguments.addAll(keystore.arguments());
        return this;
    }

    ModuleFixture withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Path jarFile(String module) {
        return directory.resolve("jars")
                .resolve("session-control-" + module + "-" + PROJECT_VERSION + ".jar");
    }

    Path outputDirectory() {
        return directory.resolve("target");
    }

    /** The lines the packager logged in the last {@link #pack()}. */
    List<String> log() {
        return List.copyOf(log);
    }

    /** Writes the jars and documentation, then runs the packager with the build time fixed. */
    PackagedModule pack() {
        Clock clock = Clock.fixed(BUILD_TIME, ZoneOffset.UTC);
        log.clear();
        return new ModlPackager(clock, environment, log::add).run(arguments());
    }

    String[] arguments() {
        List<String> arguments = new ArrayList<>(List.of(
                "--output-dir=" + outputDirectory(),
                "--file-name=Session-Control",
                "--module-id=dev.sessioncontrol",
                "--module-name=Session Control",
                "--description=" + description,
                "--project-version=" + PROJECT_VERSION,
                "--required-ignition-version=8.1.0",
                "--required-framework-version=8",
                "--free-module=true",
                "--depends=CD=com.inductiveautomation.vision",
                "--doc-dir=" + writeDocumentation(),
                "--doc-index=index.html"));
        List<String> classpath = new ArrayList<>();
        for (Map.Entry<String, Map<String, byte[]>> jar : jarEntries.entrySet()) {
            Path file = TestJar.write(jarFile(jar.getKey()), jar.getValue());
            arguments.add("--jar=" + SCOPES.get(jar.getKey()) + "=" + file);
            classpath.add(file.toString());
        }
        HOOKS.forEach((scope, hook) -> arguments.add("--hook=" + scope + "=" + hook));
        extraClasspath.forEach(path -> classpath.add(path.toString()));
        arguments.add("--runtime-classpath="
                + String.join(System.getProperty("path.separator"), classpath));
        arguments.addAll(extraArguments);
        return arguments.toArray(new String[0]);
    }

    /** What module.xml must say for this fixture. */
    ModlChecks.Expected expected() {
        Map<String, String> jars = new LinkedHashMap<>();
        jarEntries.keySet().forEach(module ->
                jars.put(jarFile(module).getFileName().toString(), SCOPES.get(module)));
        return new ModlChecks.Expected("dev.sessioncontrol", "Session Control", "1.0.0", "8.1.0",
                "8", Map.of("com.inductiveautomation.vision", "CD"), jars,
                new LinkedHashMap<>(Map.of(
                        "G", HOOKS.get("G"), "C", HOOKS.get("C"), "D", HOOKS.get("D"))));
    }

    private Path writeDocumentation() {
        Path doc = directory.resolve("doc");
        try {
            Files.createDirectories(doc.resolve("images"));
            Files.writeString(doc.resolve("index.html"), "<html><body>Guide</body></html>");
            Files.writeString(doc.resolve("images").resolve("panel.svg"), "<svg/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return doc;
    }
}
