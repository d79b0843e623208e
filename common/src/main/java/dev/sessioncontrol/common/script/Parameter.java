package dev.sessioncontrol.common.script;

import java.util.Objects;

/** One declared parameter of a script function: its name, Java type and whether it is required. */
final class Parameter {
    private final String name;
    private final Class<?> type;
    private final boolean required;

    private Parameter(String name, Class<?> type, boolean required) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.required = required;
    }

    static Parameter required(String name, Class<?> type) {
        return new Parameter(name, type, true);
    }

    static Parameter optional(String name, Class<?> type) {
        return new Parameter(name, type, false);
    }

    String name() {
        return name;
    }

    Class<?> type() {
        return type;
    }

    boolean isRequired() {
        return required;
    }
}
