package dev.sessioncontrol.common.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionFilterTest {
    @Test
    void emptyFilterMatchesEverySession() {
        SessionFilter all = SessionFilter.all();

        assertThat(all.matches("alice", "Plant", SessionScope.CLIENT)).isTrue();
        assertThat(all.matches("unauthenticated", "", SessionScope.DESIGNER)).isTrue();
    }

    @Test
    void userMatchesWithoutRegardToCase() {
        SessionFilter filter = SessionFilter.of("Alice", null, null);

        assertThat(filter.matches("alice", "Plant", SessionScope.CLIENT)).isTrue();
        assertThat(filter.matches("ALICE", "Other", SessionScope.DESIGNER)).isTrue();
        assertThat(filter.matches("bob", "Plant", SessionScope.CLIENT)).isFalse();
        assertThat(filter.matches(null, "Plant", SessionScope.CLIENT)).isFalse();
    }

    @Test
    void projectMatchesWithoutRegardToCase() {
        SessionFilter filter = SessionFilter.of(null, "plant", null);

        assertThat(filter.matches("alice", "PLANT", SessionScope.CLIENT)).isTrue();
        assertThat(filter.matches("alice", "Plant2", SessionScope.CLIENT)).isFalse();
    }

    @Test
    void scopeMatchesOnlyThatScope() {
        SessionFilter filter = SessionFilter.of(null, null, SessionScope.DESIGNER);

        assertThat(filter.matches("alice", "Plant", SessionScope.DESIGNER)).isTrue();
        assertThat(filter.matches("alice", "Plant", SessionScope.CLIENT)).isFalse();
    }

    @Test
    void everyCriterionThatIsSetMustMatch() {
        SessionFilter filter = SessionFilter.of("alice", "Plant", SessionScope.CLIENT);

        assertThat(filter.matches("alice", "Plant", SessionScope.CLIENT)).isTrue();
        assertThat(filter.matches("bob", "Plant", SessionScope.CLIENT)).isFalse();
        assertThat(filter.matches("alice", "Other", SessionScope.CLIENT)).isFalse();
        assertThat(filter.matches("alice", "Plant", SessionScope.DESIGNER)).isFalse();
    }

    @Test
    void blankCriteriaCountAsUnset() {
        SessionFilter filter = SessionFilter.of("  ", "", null);

        assertThat(filter.user()).isEmpty();
        assertThat(filter.project()).isEmpty();
        assertThat(filter).isEqualTo(SessionFilter.all());
        assertThat(filter.matches("anyone", "Anything", SessionScope.CLIENT)).isTrue();
    }

    @Test
    void criteriaAreTrimmed() {
        SessionFilter filter = SessionFilter.of(" alice ", " Plant ", null);

        assertThat(filter.user()).contains("alice");
        assertThat(filter.project()).contains("Plant");
        assertThat(filter.matches("alice", "Plant", SessionScope.CLIENT)).isTrue();
    }

    @Test
    void filtersWithTheSameCriteriaAreEqual() {
        SessionFilter a = SessionFilter.of("alice", "Plant", SessionScope.CLIENT);

        assertThat(a).isEqualTo(SessionFilter.of("alice", "Plant", SessionScope.CLIENT))
                .hasSameHashCodeAs(SessionFilter.of("alice", "Plant", SessionScope.CLIENT));
        assertThat(a).isNotEqualTo(SessionFilter.of("alice", "Plant", SessionScope.DESIGNER));
    }
}
