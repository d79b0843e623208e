package dev.sessioncontrol.common.rpc;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** The columns of the kick history: one row per terminate order, newest first. */
public final class HistoryColumns {
    /** When the order was issued. */
    public static final String ISSUED = "issued";
    /** The order id. */
    public static final String ORDER_ID = "orderId";
    /** Who asked for the kick. */
    public static final String ISSUER = "issuer";
    /** The targeted session's id. */
    public static final String SESSION_ID = "sessionId";
    /** The targeted session's user. */
    public static final String USER = "user";
    /** The targeted session's host. */
    public static final String HOST = "host";
    /** The reason given. */
    public static final String REASON = "reason";
    /** sent, acknowledged, rejected, gone or no_answer. */
    public static final String STATUS = "status";
    /** More about the status, such as the client's rejection reason. */
    public static final String DETAIL = "detail";
    /** When the status last changed. */
    public static final String UPDATED = "updated";

    /** Column names in order. */
    public static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList(
            ISSUED, ORDER_ID, ISSUER, SESSION_ID, USER, HOST, REASON, STATUS, DETAIL, UPDATED));

    /** Column types in order. */
    public static final List<Class<?>> TYPES = Collections.unmodifiableList(Arrays.asList(
            Date.class, String.class, String.class, String.class, String.class, String.class,
            String.class, String.class, String.class, Date.class));

    private HistoryColumns() {
    }
}
