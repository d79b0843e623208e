package dev.sessioncontrol.gateway.web;

import dev.sessioncontrol.common.rpc.KickOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON body of a kick: {@code {"reason": "...", "graceSeconds": 30, "force": false,
 * "includeDesigners": false, "lockoutMinutes": 0}}, every member optional. Unknown members are
 * refused rather than ignored, so that a misspelt {@code "grace"} cannot silently become a
 * kick without grace time.
 */
final class KickRequestBody {
    static final String REASON = "reason";
    static final String GRACE_SECONDS = "graceSeconds";
    static final String FORCE = "force";
    static final String INCLUDE_DESIGNERS = "includeDesigners";
    static final String LOCKOUT_MINUTES = "lockoutMinutes";
    private static final List<String> MEMBERS = Arrays.asList(REASON, GRACE_SECONDS, FORCE,
            INCLUDE_DESIGNERS, LOCKOUT_MINUTES);

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
                .graceSeconds(wholeNumber(members, GRACE_SECONDS, KickOptions.MAX_GRACE_SECONDS))
                .force(flag(members, FORCE))
                .includeDesigners(flag(members, INCLUDE_DESIGNERS))
                .lockoutMinutes(wholeNumber(members, LOCKOUT_MINUTES,
                        KickOptions.MAX_LOCKOUT_MINUTES))
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

    private static int wholeNumber(Map<String, Object> members, String name, int max) {
        Object value = members.get(name);
        if (value == null || value == FlatJsonObject.NULL) {
            return 0;
        }
        if (!(value instanceof Long)) {
            throw wrongType(name, value, "a whole number");
        }
        long number = (Long) value;
        if (number < 0 || number > max) {
            throw new IllegalArgumentException(name + " is " + number + "; expected 0 to " + max);
        }
        return (int) number;
    }

    private static boolean flag(Map<String, Object> members, String name) {
        Object value = members.get(name);
        if (value == null || value == FlatJsonObject.NULL) {
            return false;
        }
        if (!(value instanceof Boolean)) {
            throw wrongType(name, value, "true or false");
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
