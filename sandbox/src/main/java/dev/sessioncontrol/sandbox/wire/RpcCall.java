package dev.sessioncontrol.sandbox.wire;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One call of a {@code SessionControlRpc} method, as a client sends it: the method's name and
 * parameter types, and the arguments.
 *
 * @param methodName the method's name
 * @param parameterTypes the names of the method's parameter types, in order
 * @param arguments the arguments, in order; elements may be null
 */
public record RpcCall(String methodName, List<String> parameterTypes, List<Object> arguments)
        implements Serializable {
    /** Checks the parts and copies the lists. */
    public RpcCall {
        Objects.requireNonNull(methodName, "methodName");
        parameterTypes = List.copyOf(parameterTypes);
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /**
     * Describes a call of a method.
     *
     * @param method the interface method
     * @param args the arguments as a proxy receives them; null for none
     * @return the call
     */
    public static RpcCall of(Method method, Object[] args) {
        List<String> types = Arrays.stream(method.getParameterTypes()).map(Class::getName)
                .toList();
        return new RpcCall(method.getName(), types,
                args == null ? List.of() : Arrays.asList(args));
    }

    /** Returns the method as {@code name(type, ...)}, for messages. */
    public String signature() {
        return methodName + "(" + String.join(", ", parameterTypes) + ")";
    }
}
