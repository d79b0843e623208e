package dev.sessioncontrol.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Packs the module jars into an Ignition .modl file and, given a keystore, signs it.
 *
 * <p>Maven runs it at {@code package} (see build/pom.xml). It always writes
 * {@code <file-name>-unsigned.modl}; with a keystore it also writes the signed
 * {@code <file-name>.modl}, and without one it removes any signed file left by an earlier build,
 * so the signed name never holds an outdated module. Options are described in
 * {@link PackagerArguments}; for example:
 *
 * <pre>{@code
 * --output-dir=target --file-name=Session-Control --module-id=dev.sessioncontrol
 * --module-name="Session Control" --description=... --project-version=1.0.0-SNAPSHOT
 * --required-ignition-version=8.1.0 --required-framework-version=8 --free-module=true
 * --jar=G=gateway.jar --hook=G=dev.sessioncontrol.gateway.GatewayHook ...
 * }</pre>
 *
 * <p>Any problem (a missing jar, a platform library that would be packed, a hook in no jar of
 * its scope, a keystore that cannot be opened) stops the build with a message saying what to
 * change. Passwords and key material are never printed.
 */
public final class ModlPackager {

    private final Clock clock;
    private final Map<String, String> environment;
    private final Consumer<String> log;

    ModlPackager(Clock clock, Map<String, String> environment, Consumer<String> log) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.environment = Map.copyOf(environment);
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Packs (and signs, given a keystore) the module described by the arguments.
     *
     * @param args {@code --name=value} options, as build/pom.xml passes them
     * @throws IllegalArgumentException if an option is missing or malformed
     * @throws IllegalStateException if a jar, the keystore or the output cannot be used
     */
    public static void main(String[] args) {
        new ModlPackager(Clock.systemUTC(), System.getenv(), System.out::println).run(args);
    }

    PackagedModule run(String[] args) {
        PackagerArguments arguments = PackagerArguments.parse(args, environment);
        Instant buildTime = clock.instant();
        Optional<SigningKey> key = arguments.keystore().map(SigningKey::load);

        List<ModuleJar> jars = arguments.jars();
        List<JarContents> contents = jars.stream()
                .map(jar -> JarContents.read(jar.file()))
                .collect(Collectors.toList());
        contents.forEach(PlatformLibraryGuard::checkModuleJar);
        PlatformLibraryGuard.checkRuntimeClasspath(arguments.runtimeClasspath(), jars);
        ModuleDescriptor descriptor = arguments.descriptor()
                .version(ModuleVersion.of(arguments.projectVersion(), buildTime))
                .build();
        HookPlacement.check(descriptor.hooks(), jars, contents);

        Path unsigned = arguments.outputDirectory()
                .resolve(arguments.fileName() + "-unsigned.modl");
        ModlArchive.writeUnsigned(descriptor, arguments.documentation(), buildTime, unsigned);
        log.accept(descriptor.name() + " " + descriptor.version() + ": wrote " + unsigned
                + " with " + jars.stream().map(ModuleJar::fileName).collect(Collectors.toList()));

        Path signed = arguments.outputDirectory().resolve(arguments.fileName() + ".modl");
        if (key.isEmpty()) {
            deleteOutdated(signed);
            log.accept("No keystore given (-Dmodl.keystore=...): the module is not signed; "
                    + unsigned.getFileName() + " installs only on a gateway started with"
                    + " -Dignition.allowunsignedmodules=true");
            return new PackagedModule(descriptor.version(), unsigned, Optional.empty());
        }
        new ModlSigner(key.get()).sign(unsigned, signed, buildTime);
        log.accept("Signed " + signed + " with the certificate of "
                + key.get().certificate().getSubjectX500Principal().getName());
        return new PackagedModule(descriptor.version(), unsigned, Optional.of(signed));
    }

    private static void deleteOutdated(Path signed) {
        try {
            Files.deleteIfExists(signed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the outdated " + signed, e);
        }
    }
}
