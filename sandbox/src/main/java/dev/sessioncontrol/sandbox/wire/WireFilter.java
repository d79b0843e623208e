package dev.sessioncontrol.sandbox.wire;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * The deserialization filter of one message: an exact list of the classes the sandbox's wire
 * carries, and tight limits on depth, references, array length and bytes.
 *
 * <p>Security note: the login endpoint reads a body before anyone is known, so the filter
 * names classes, not packages. Collections a caller could nest (sets, maps) are not on the
 * list, and the depth limit stops any other nesting long before it costs time. A filter holds
 * the reason of its refusal, so use a new one per stream.
 */
final class WireFilter implements ObjectInputFilter {
    /** The deepest nesting a message may have; the deepest real one is a stack trace's. */
    static final int MAX_DEPTH = 8;
    /** The most object references in one message; a full history holds some thousands. */
    static final int MAX_REFERENCES = 20_000;
    /** The longest array in a message: dataset rows, or the bytes of one notification. */
    static final int MAX_ARRAY_LENGTH = 10_000;

    private static final Set<String> CLASSES = Set.of(
            // The sandbox's messages.
            ClientIdentity.class.getName(),
            LoginReply.class.getName(),
            RpcCall.class.getName(),
            RpcReply.class.getName(),
            PushBatch.class.getName(),
            // What the module's RPC takes and answers.
            "dev.sessioncontrol.common.rpc.Acknowledgement",
            "dev.sessioncontrol.common.rpc.Acknowledgement$Answer",
            "dev.sessioncontrol.common.rpc.KickOptions",
            "dev.sessioncontrol.common.rpc.SessionFilter",
            "dev.sessioncontrol.common.rpc.SessionScope",
            "dev.sessioncontrol.common.rpc.Registration",
            "dev.sessioncontrol.common.rpc.SessionControlException",
            "dev.sessioncontrol.common.rpc.SessionControlException$Kind",
            "com.inductiveautomation.ignition.common.BasicDataset",
            "com.inductiveautomation.ignition.common.gateway.messages.PushNotification",
            // Values, column types and the lists that hold them.
            "java.lang.Object",
            "java.lang.String",
            "java.lang.Boolean",
            "java.lang.Number",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Double",
            "java.lang.Enum",
            "java.util.Date",
            "java.util.ArrayList",
            "java.util.CollSer",
            "java.util.Collections$EmptyList",
            "java.util.ImmutableCollections$List12",
            "java.util.ImmutableCollections$ListN",
            "java.util.Collections$UnmodifiableCollection",
            "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableRandomAccessList",
            // The exceptions an RPC call may end with, and their stack traces.
            "java.lang.Throwable",
            "java.lang.Exception",
            "java.lang.RuntimeException",
            "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException",
            "java.lang.UnsupportedOperationException",
            "java.lang.NullPointerException",
            "java.lang.SecurityException",
            "java.lang.StackTraceElement");

    private String refusal;

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH) {
            return refuse("nesting deeper than " + MAX_DEPTH);
        }
        if (info.references() > MAX_REFERENCES) {
            return refuse("more than " + MAX_REFERENCES + " references");
        }
        if (info.arrayLength() > MAX_ARRAY_LENGTH) {
            return refuse("an array of " + info.arrayLength() + " elements, over "
                    + MAX_ARRAY_LENGTH);
        }
        if (info.streamBytes() > WireCodec.MAX_MESSAGE_BYTES) {
            return refuse("more than " + WireCodec.MAX_MESSAGE_BYTES + " bytes");
        }
        Class<?> type = info.serialClass();
        if (type != null && !isAllowed(type)) {
            return refuse("class " + type.getName() + ", which is not on the wire's list");
        }
        return Status.ALLOWED;
    }

    /** Returns why this filter refused the stream, or null if it refused nothing. */
    String refusal() {
        return refusal;
    }

    /**
     * Tells whether a class is on the list; an array is when its element type is, and arrays
     * of primitives are.
     */
    static boolean isAllowed(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return element.isPrimitive() || CLASSES.contains(element.getName());
    }

    private Status refuse(String why) {
        if (refusal == null) {
            refusal = why;
        }
        return Status.REJECTED;
    }
}
