package dev.sessioncontrol.gateway.web;

import dev.sessioncontrol.common.rpc.KickOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON body of a kick: {@code {"reason": "...", "graceSeconds": 30, "force": false}},
 * every member optional. Unknown members are refused rather than ignored, so that a misspelt
 * {@code "grace"} cannot silently become a kick without grace time.
 */
final class KickRequestBody {
    static final String REASON = "reason";
    static final String GRACE_SECONDS = "graceSeconds";
    static final String FORCE = "force";
    private static final List<String> MEMBERS = Arrays.asList(REASON, GRACE_SECONDS, FORCE);

    private KickRequestBody() {
    }

    /**
     * Parses a kick body into options.
     *
     * @param body the request body
     * @return the kick's options
     * @throws IllegalArgumentException naming the offending member and what it must be
     */
    static KickOptions parse(String body) {
        Map<String, Object> members = FlatJsonObject.parse(body);
        for (String name : members.keySet()) {
            if (!MEMBERS.contains(name)) {
                throw new IllegalArgumentException("Unknown member '" + name + "' in the kick"
                        + " request; the accepted members are " + MEMBERS);
            }
        }
        return KickOptions.builder()
                .reason(reason(members.get(REASON)))
                .graceSeconds(graceSeconds(members.get(GRACE_SECONDS)))
                .force(force(members.get(FORCE)))
                .build();
    }

    private static String reason(Object value) {
        if (value == null || value == FlatJsonObject.NULL) {
            return "";
        }
        if (!(value instanceof String)) {
            throw wrongType(REASON, value, "a string");
        }
        return (String) value;
    }

    private static int graceSeconds(Object value) {
        if (value == null || value == FlatJsonObject.NULL) {
            return 0;
        }
        if (!(value instanceof Long)) {
            throw wrongType(GRACE_SECONDS, value, "a whole number of seconds");
        }
        long seconds = (Long) value;
        if (seconds < 0 || seconds > KickOptions.MAX_GRACE_SECONDS) {
            throw new IllegalArgumentException("graceSeconds is " + seconds + "; expected 0 to "
                    + KickOptions.MAX_GRACE_SECONDS);
        }
        return (int) seconds;
    }

    private static boolean force(Object value) {
        if (value == null || value == FlatJsonObject.NULL) {
            return false;
        }
        if (!(value instanceof Boolean)) {
            throw wrongType(FORCE, value, "true or false");
        }
        return (Boolean) value;
    }

    private static IllegalArgumentException wrongType(String member, Object value,
            String expected) {
        String found = value instanceof String ? "a string" : value.toString();
        return new IllegalArgumentException("Member '" + member + "' must be " + expected
                + ", not " + found);
    }
}
