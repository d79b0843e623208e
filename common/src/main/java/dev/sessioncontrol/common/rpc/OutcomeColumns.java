package dev.sessioncontrol.common.rpc;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The columns of a kick result: one row per targeted session. */
public final class OutcomeColumns {
    /** The targeted session's public id. */
    public static final String SESSION_ID = "sessionId";
    /** The targeted session's user. */
    public static final String USER = "user";
    /** What happened, one of {@link KickOutcome}'s labels. */
    public static final String OUTCOME = "outcome";
    /** A sentence a person can act on. */
    public static final String DETAIL = "detail";
    /** The terminate order's id, when one was sent. */
    public static final String ORDER_ID = "orderId";

    /** Column names in order. */
    public static final List<String> NAMES = Collections.unmodifiableList(
            Arrays.asList(SESSION_ID, USER, OUTCOME, DETAIL, ORDER_ID));

    /** Column types in order. */
    public static final List<Class<?>> TYPES = Collections.unmodifiableList(Arrays.asList(
            String.class, String.class, String.class, String.class, String.class));

    private OutcomeColumns() {
    }
}
