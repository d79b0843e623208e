package dev.sessioncontrol.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything module.xml says about the module: identity, version, platform requirements,
 * dependencies, jars with their scopes and hooks with theirs.
 *
 * <p>Built with {@link #builder()}; the constructor checks the parts fit together: jar names
 * are unique, each scope has at most one hook, and there is at least one jar and one hook.
 */
record ModuleDescriptor(
        String id,
        String name,
        String description,
        ModuleVersion version,
        String requiredIgnitionVersion,
        int requiredFrameworkVersion,
        boolean freeModule,
        Optional<String> documentation,
        List<ModuleDependency> dependencies,
        List<ModuleJar> jars,
        List<ModuleHook> hooks) {

    private static final Pattern PLATFORM_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    ModuleDescriptor {
        requireText(id, "module id");
        if (!ModuleDependency.MODULE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("module id '" + id
                    + "' is not valid; expected a dotted identifier such as dev.sessioncontrol");
        }
        requireText(name, "module name");
        requireText(description, "module description");
        Objects.requireNonNull(version, "version");
        if (requiredIgnitionVersion == null
                || !PLATFORM_VERSION.matcher(requiredIgnitionVersion).matches()) {
            throw new IllegalArgumentException("required Ignition version '"
                    + requiredIgnitionVersion + "' is not major.minor.revision, e.g. 8.1.0");
        }
        if (requiredFrameworkVersion < 1) {
            throw new IllegalArgumentException("required framework version "
                    + requiredFrameworkVersion + " is not a positive integer; Ignition 8.1 uses 8");
        }
        Objects.requireNonNull(documentation, "documentation");
        dependencies = List.copyOf(dependencies);
        jars = List.copyOf(jars);
        hooks = List.copyOf(hooks);
        requireUniqueJarNames(jars);
        requireOneHookPerScope(hooks);
    }

    /** Starts a descriptor with no dependencies, jars or hooks and no documentation. */
    static Builder builder() {
        return new Builder();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
    }

    private static void requireUniqueJarNames(List<ModuleJar> jars) {
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("the module has no jar; give at least one");
        }
        Set<String> names = new HashSet<>();
        for (ModuleJar jar : jars) {
            if (!names.add(jar.fileName())) {
                throw new IllegalArgumentException("two jars are named " + jar.fileName()
                        + "; every jar at the root of the .modl needs its own name");
            }
        }
    }

    private static void requireOneHookPerScope(List<ModuleHook> hooks) {
        if (hooks.isEmpty()) {
            throw new IllegalArgumentException("the module has no hook; give at least one");
        }
        Set<Scope> scopes = new HashSet<>();
        for (ModuleHook hook : hooks) {
            if (!scopes.add(hook.scope())) {
                throw new IllegalArgumentException("scope " + hook.scope()
                        + " has two hooks; Ignition allows one hook per scope");
            }
        }
    }

    /** Collects the parts of a {@link ModuleDescriptor}. */
    static final class Builder {

        private String id;
        private String name;
        private String description;
        private ModuleVersion version;
        private String requiredIgnitionVersion;
        private int requiredFrameworkVersion;
        private boolean freeModule;
        private Optional<String> documentation = Optional.empty();
        private final List<ModuleDependency> dependencies = new ArrayList<>();
        private final List<ModuleJar> jars = new ArrayList<>();
        private final List<ModuleHook> hooks = new ArrayList<>();

        private Builder() {
        }

        Builder id(String value) {
            this.id = value;
            return this;
        }

        Builder name(String value) {
            this.name = value;
            return this;
        }

        Builder description(String value) {
            this.description = value;
            return this;
        }

        Builder version(ModuleVersion value) {
            this.version = value;
            return this;
        }

        Builder requiredIgnitionVersion(String value) {
            this.requiredIgnitionVersion = value;
            return this;
        }

        Builder requiredFrameworkVersion(int value) {
            this.requiredFrameworkVersion = value;
            return this;
        }

        Builder freeModule(boolean value) {
            this.freeModule = value;
            return this;
        }

        Builder documentation(String indexFile) {
            this.documentation = Optional.of(indexFile);
            return this;
        }

        Builder dependency(ModuleDependency value) {
            dependencies.add(value);
            return this;
        }

        Builder jar(ModuleJar value) {
            jars.add(value);
            return this;
        }

        Builder hook(ModuleHook value) {
            hooks.add(value);
            return this;
        }

        ModuleDescriptor build() {
            return new ModuleDescriptor(id, name, description, version, requiredIgnitionVersion,
                    requiredFrameworkVersion, freeModule, documentation, dependencies, jars,
                    hooks);
        }
    }
}
