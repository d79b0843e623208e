package dev.sessioncontrol.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.gateway.dataroutes.RequestContext;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteAccessControl;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class StatusSectionAccessTest {
    private final RouteAccessControl gatewayRule = mock(RouteAccessControl.class);
    private final RequestContext context = mock(RequestContext.class);
    private final StatusSectionAccess access = new StatusSectionAccess(gatewayRule);

    @Test
    void letsInWhomTheGatewaysStatusRuleLetsIn() {
        when(gatewayRule.canAccess(context)).thenReturn(true);

        assertThat(access.canAccess(context)).isTrue();
    }

    @Test
    void keepsOutWhomTheGatewaysStatusRuleKeepsOut() {
        when(gatewayRule.canAccess(context)).thenReturn(false);

        assertThat(access.canAccess(context)).isFalse();
    }

    @Test
    void answersARefusalAs403Json() throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                written.write(b);
            }
        });

        access.handleAccessDenied(context, response);

        verify(response).setStatus(403);
        verify(response).setContentType(WebResponse.CONTENT_TYPE);
        assertThat(written.toString(StandardCharsets.UTF_8.name()))
                .startsWith("{\"error\":\"LOGIN_REQUIRED\",\"message\":\"Log in");
    }
}
