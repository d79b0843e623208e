package dev.sessioncontrol.build;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version written into module.xml: {@code major.minor.revision.build}.
 *
 * <p>{@code major.minor.revision} come from the Maven project version, without its qualifier
 * ({@code 1.0.0-SNAPSHOT} gives {@code 1.0.0}). The build part is the build time in UTC written
 * as {@code yyDDDHHmm}: two-digit year, day of the year, hour and minute, so 2025-12-04 15:30 UTC
 * gives {@code 253381530} and the full version {@code 1.0.0.253381530}. That number grows with
 * every minute, which lets a gateway tell a newer build of the same release from an older one,
 * and it stays below 2^31 so that a parser reading it as a 32-bit integer accepts it.
 *
 * <p>Limitation: two builds within the same minute get the same version, and the two-digit year
 * starts again from 00 in 2100.
 */
record ModuleVersion(int major, int minor, int revision, int build) {

    private static final Pattern PROJECT_VERSION =
            Pattern.compile("(\\d{1,6})\\.(\\d{1,6})\\.(\\d{1,6})(-[A-Za-z0-9.-]+)?");

    private static final DateTimeFormatter BUILD_NUMBER =
            DateTimeFormatter.ofPattern("yyDDDHHmm").withZone(ZoneOffset.UTC);

    ModuleVersion {
        if (major < 0 || minor < 0 || revision < 0 || build < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
    }

    /**
     * Makes the version of a build of the given Maven project version at the given time.
     *
     * @throws IllegalArgumentException if the project version is not major.minor.revision with
     *         an optional qualifier
     */
    static ModuleVersion of(String projectVersion, Instant buildTime) {
        Matcher matcher = PROJECT_VERSION.matcher(projectVersion == null ? "" : projectVersion);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("project version '" + projectVersion
                    + "' is not major.minor.revision with an optional qualifier, e.g."
                    + " 1.0.0-SNAPSHOT; change <version> in the parent pom");
        }
        return new ModuleVersion(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)),
                Integer.parseInt(BUILD_NUMBER.format(buildTime)));
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + revision + "." + build;
    }
}
