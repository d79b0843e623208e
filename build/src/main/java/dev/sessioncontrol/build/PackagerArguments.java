package dev.sessioncontrol.build;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The packager's command line: {@code --name=value} options, some of which may repeat.
 *
 * <p>Single options: {@code output-dir, file-name, module-id, module-name, description,
 * project-version, required-ignition-version, required-framework-version, free-module, doc-dir,
 * doc-index, runtime-classpath, keystore, keystore-password, key-alias, key-password}. Repeated
 * options, each {@code SCOPE=value}: {@code jar} (a jar file), {@code hook} (a class name) and
 * {@code depends} (a module id). An empty {@code keystore} means no signing; an empty password
 * falls back to the environment variables {@code MODL_KEYSTORE_PASSWORD} and
 * {@code MODL_KEY_PASSWORD}, which keep passwords off the command line.
 */
final class PackagerArguments {

    static final String KEYSTORE_PASSWORD_VARIABLE = "MODL_KEYSTORE_PASSWORD";
    static final String KEY_PASSWORD_VARIABLE = "MODL_KEY_PASSWORD";

    private static final Set<String> SINGLE = Set.of("output-dir", "file-name", "module-id",
            "module-name", "description", "project-version", "required-ignition-version",
            "required-framework-version", "free-module", "doc-dir", "doc-index",
            "runtime-classpath", "keystore", "keystore-password", "key-alias", "key-password");
    private static final Set<String> REPEATED = Set.of("jar", "hook", "depends");
    private static final Set<String> SECRET = Set.of("keystore-password", "key-password");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Map<String, String> single = new LinkedHashMap<>();
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();
    private final Map<String, String> environment;

    private PackagerArguments(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        REPEATED.forEach(name -> repeated.put(name, new ArrayList<>()));
    }

    /**
     * Reads the options.
     *
     * @param environment where empty passwords are looked up
     * @throws IllegalArgumentException for an unknown, repeated single or malformed option, or a
     *         value still holding an unresolved Maven property
     */
    static PackagerArguments parse(String[] args, Map<String, String> environment) {
        PackagerArguments arguments = new PackagerArguments(environment);
        for (String arg : args) {
            arguments.add(arg);
        }
        return arguments;
    }

    Path outputDirectory() {
        return Path.of(required("output-dir"));
    }

    /** The .modl file name without extension, e.g. {@code Session-Control}. */
    String fileName() {
        String name = required("file-name");
        if (!FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("--file-name '" + name
                    + "' must be letters, digits, '.', '_' or '-', e.g. Session-Control");
        }
        return name;
    }

    String projectVersion() {
        return required("project-version");
    }

    /** Fills a descriptor builder with everything but the version. */
    ModuleDescriptor.Builder descriptor() {
        ModuleDescriptor.Builder builder = ModuleDescriptor.builder()
                .id(required("module-id"))
                .name(required("module-name"))
                .description(required("description"))
                .requiredIgnitionVersion(required("required-ignition-version"))
                .requiredFrameworkVersion(integer("required-framework-version"))
                .freeModule(bool("free-module"));
        documentation().ifPresent(doc -> builder.documentation(doc.indexFile()));
        scopedValues("depends").forEach(depends ->
                builder.dependency(new ModuleDependency(depends.scope(), depends.value())));
        jars().forEach(builder::jar);
        scopedValues("hook").forEach(hook ->
                builder.hook(new ModuleHook(hook.scope(), hook.value())));
        return builder;
    }

    List<ModuleJar> jars() {
        List<ModuleJar> jars = scopedValues("jar").stream()
                .map(jar -> new ModuleJar(jar.scope(), Path.of(jar.value())))
                .collect(Collectors.toList());
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("no --jar=SCOPE=FILE given");
        }
        return jars;
    }

    Optional<ModuleDocumentation> documentation() {
        String directory = single.getOrDefault("doc-dir", "");
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ModuleDocumentation(Path.of(directory), required("doc-index")));
    }

    /** The modules' runtime classpath; empty when the option is absent or empty. */
    List<Path> runtimeClasspath() {
        String value = single.getOrDefault("runtime-classpath", "");
        return Arrays.stream(value.split(Pattern.quote(File.pathSeparator)))
                .filter(part -> !part.isBlank())
                .map(Path::of)
                .collect(Collectors.toList());
    }

    /** The signing settings, or empty when no keystore was given. */
    Optional<KeystoreSettings> keystore() {
        String keystore = single.getOrDefault("keystore", "");
        if (keystore.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new KeystoreSettings(Path.of(keystore),
                secret("keystore-password", KEYSTORE_PASSWORD_VARIABLE),
                single.getOrDefault("key-alias", ""),
                secret("key-password", KEY_PASSWORD_VARIABLE)));
    }

    private void add(String arg) {
        int equals = arg.indexOf('=');
        if (!arg.startsWith("--") || equals < 0) {
            throw new IllegalArgumentException("argument '" + shown(arg)
                    + "' is not of the form --name=value");
        }
        String name = arg.substring(2, equals);
        String value = arg.substring(equals + 1);
        // A password may contain "${" on purpose, and its value must not be echoed anyway.
        if (value.contains("${") && !SECRET.contains(name)) {
            throw new IllegalArgumentException("--" + name + " holds an unresolved Maven"
                    + " property " + value + "; check the property name in build/pom.xml");
        }
        if (REPEATED.contains(name)) {
            repeated.get(name).add(value);
        } else if (!SINGLE.contains(name)) {
            throw new IllegalArgumentException("unknown option --" + name + "; known options: "
                    + String.join(", ", SINGLE) + ", " + String.join(", ", REPEATED));
        } else if (single.putIfAbsent(name, value) != null) {
            throw new IllegalArgumentException("--" + name + " is given twice");
        }
    }

    private static String shown(String arg) {
        return SECRET.stream().anyMatch(arg::contains) ? "--(password option)" : arg;
    }

    private String required(String name) {
        String value = single.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is missing or empty");
        }
        return value;
    }

    private int integer(String name) {
        String value = required(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " '" + value
                    + "' is not an integer", e);
        }
    }

    private boolean bool(String name) {
        String value = required(name);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("--" + name + " '" + value
                    + "' is neither true nor false");
        }
        return Boolean.parseBoolean(value);
    }

    private char[] secret(String name, String variable) {
        String value = single.getOrDefault(name, "");
        if (value.isEmpty()) {
            value = environment.getOrDefault(variable, "");
        }
        return value.toCharArray();
    }

    /** Splits each {@code SCOPE=value} of a repeated option, keeping the given order. */
    private List<ScopedValue> scopedValues(String name) {
        List<ScopedValue> values = new ArrayList<>();
        for (String raw : repeated.get(name)) {
            int equals = raw.indexOf('=');
            if (equals <= 0 || equals == raw.length() - 1) {
                throw new IllegalArgumentException("--" + name + "=" + raw
                        + " is not of the form --" + name + "=SCOPE=VALUE, e.g. --" + name
                        + "=CD=...");
            }
            values.add(new ScopedValue(Scope.of(raw.substring(0, equals)),
                    raw.substring(equals + 1)));
        }
        return values;
    }

    private record ScopedValue(Scope scope, String value) {
    }
}
