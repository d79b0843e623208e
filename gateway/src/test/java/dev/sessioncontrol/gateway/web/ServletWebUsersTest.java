package dev.sessioncontrol.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.security.Principal;
import java.util.Arrays;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class ServletWebUsersTest {
    private final ServletWebUsers users = new ServletWebUsers(Arrays.asList("Administrator",
            "Supervisor"));
    private final HttpServletRequest request = mock(HttpServletRequest.class);

    @Test
    void readsTheNameAndTheKickRolesTheUserHolds() {
        Principal principal = () -> "olivia";
        when(request.getUserPrincipal()).thenReturn(principal);
        when(request.isUserInRole("Supervisor")).thenReturn(true);

        WebUser user = users.userOf(request);

        assertThat(user.name()).isEqualTo("olivia");
        assertThat(user.roles()).containsExactly("Supervisor");
    }

    @Test
    void aStatusUserWithoutServletPrincipalIsAViewerWithoutRoles() {
        when(request.getUserPrincipal()).thenReturn(null);
        when(request.isUserInRole("Administrator")).thenReturn(true);

        WebUser user = users.userOf(request);

        assertThat(user.name()).isEqualTo(ServletWebUsers.UNNAMED_VIEWER);
        assertThat(user.roles()).isEmpty();
    }
}
