package dev.sessioncontrol.common;

import java.time.Duration;

/**
 * Outer bounds on configured durations. They keep instant arithmetic far from overflow, so that
 * verification never throws; no sensible setting comes near them.
 */
final class Bounds {
    /** The longest duration accepted for a horizon or a clock offset: about 100 years. */
    static final Duration LONGEST = Duration.ofDays(36_525);

    private Bounds() {
    }
}
