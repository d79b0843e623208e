package dev.sessioncontrol.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ModuleVersionTest {

    @Test
    void buildPartIsTheUtcBuildTimeAsYearDayOfYearHourMinute() {
        ModuleVersion version =
                ModuleVersion.of("1.0.0-SNAPSHOT", Instant.parse("2025-12-04T15:30:00Z"));

        assertThat(version).hasToString("1.0.0.253381530");
    }

    @Test
    void keepsMajorMinorRevisionAndDropsTheQualifier() {
        ModuleVersion version =
                ModuleVersion.of("2.14.3-rc1", Instant.parse("2026-01-05T08:07:00Z"));

        assertThat(version).isEqualTo(new ModuleVersion(2, 14, 3, 260050807));
    }

    @Test
    void buildPartGrowsAcrossMinutesDaysAndYears() {
        String[] times = {"2025-12-31T23:58:00Z", "2025-12-31T23:59:00Z", "2026-01-01T00:00:00Z",
            "2026-02-01T00:00:00Z", "2027-01-01T00:00:00Z"};
        int previous = -1;

        for (String time : times) {
            int build = ModuleVersion.of("1.0.0", Instant.parse(time)).build();

            assertThat(build).as(time).isGreaterThan(previous);
            previous = build;
        }
    }

    @Test
    void buildPartStaysWithinAThirtyTwoBitInteger() {
        ModuleVersion latest = ModuleVersion.of("1.0.0", Instant.parse("2099-12-31T23:59:00Z"));

        assertThat(latest.build()).isEqualTo(993652359);
    }

    @Test
    void rejectsAProjectVersionWithoutThreeNumbers() {
        assertThatThrownBy(() -> ModuleVersion.of("1.0-SNAPSHOT", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1.0-SNAPSHOT'")
                .hasMessageContaining("major.minor.revision");
    }
}
