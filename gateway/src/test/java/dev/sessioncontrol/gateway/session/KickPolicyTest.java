package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionControlException.Kind;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KickPolicyTest {
    @Test
    void defaultPolicyLetsAdministratorsKick() {
        KickPolicy policy = KickPolicy.defaults();

        assertThat(policy.permits(user("Administrator"))).isTrue();
        assertThat(policy.kickRoles()).containsExactly("administrator");
    }

    @Test
    void defaultPolicyRefusesOtherRoles() {
        KickPolicy policy = KickPolicy.defaults();

        assertThat(policy.permits(user("Operator", "Supervisor"))).isFalse();
        assertThat(policy.permits(user())).isFalse();
    }

    @Test
    void rolesMatchWithoutRegardToCase() {
        KickPolicy policy = new KickPolicy(List.of("Shift Lead"));

        assertThat(policy.permits(user("SHIFT LEAD"))).isTrue();
        assertThat(policy.permits(user("shift lead"))).isTrue();
        assertThat(KickPolicy.defaults().permits(user("administrator"))).isTrue();
    }

    @Test
    void anyOneOfTheKickRolesIsEnough() {
        KickPolicy policy = new KickPolicy(List.of("Administrator", "Supervisor"));

        assertThat(policy.permits(user("Operator", "Supervisor"))).isTrue();
    }

    @Test
    void configuredRolesAreTrimmedAndBlankOnesIgnored() {
        KickPolicy policy = new KickPolicy(Arrays.asList(" Supervisor ", "", null, "  "));

        assertThat(policy.kickRoles()).containsExactly("supervisor");
        assertThat(policy.permits(user("supervisor"))).isTrue();
    }

    @Test
    void gatewayScriptsAreAlwaysPermitted() {
        KickPolicy policy = new KickPolicy(List.of("Nobody Has This Role"));

        assertThat(policy.permits(Caller.gateway())).isTrue();
        assertThatCode(() -> policy.require(Caller.gateway(), "kick sessions"))
                .doesNotThrowAnyException();
    }

    @Test
    void emptyRoleListIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> new KickPolicy(Collections.emptyList()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At least one kick role is required")
                .hasMessageContaining("Administrator");
    }

    @Test
    void roleListOfBlanksIsRefusedLikeAnEmptyOne() {
        assertThatThrownBy(() -> new KickPolicy(Arrays.asList(" ", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At least one kick role is required");
    }

    @Test
    void requireRefusesACallerWithoutAKickRoleAsDenied() {
        KickPolicy policy = KickPolicy.defaults();

        assertThatThrownBy(() -> policy.require(Caller.of("olga", "S1", List.of("Operator")),
                "kick sessions"))
                .isInstanceOfSatisfying(SessionControlException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.DENIED))
                .hasMessageContaining("'olga'")
                .hasMessageContaining("kick sessions")
                .hasMessageContaining("administrator");
    }

    @Test
    void requireLetsAKickRolePass() {
        assertThatCode(() -> KickPolicy.defaults().require(user("Administrator"), "kick"))
                .doesNotThrowAnyException();
    }

    private static Caller user(String... roles) {
        return Caller.of("someone", "S1", Arrays.asList(roles));
    }
}
