package dev.sessioncontrol.gateway.web;

import com.inductiveautomation.ignition.gateway.dataroutes.RequestContext;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteAccessControl;
import com.inductiveautomation.ignition.gateway.dataroutes.WicketAccessControl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;

/**
 * Lets a request reach the Session Control routes only from a gateway web session that may open
 * the gateway's Status section, by asking the gateway's own rule
 * ({@link WicketAccessControl#STATUS_SECTION}); refusals are answered in the routes' JSON form.
 * What a user may do beyond viewing is decided by {@link SessionWebApi}.
 */
final class StatusSectionAccess implements RouteAccessControl {
    private final RouteAccessControl gatewayRule;

    StatusSectionAccess(RouteAccessControl gatewayRule) {
        this.gatewayRule = gatewayRule;
    }

    /** Returns the access rule of the gateway's Status section. */
    static StatusSectionAccess ofStatusSection() {
        return new StatusSectionAccess(WicketAccessControl.STATUS_SECTION);
    }

    @Override
    public boolean canAccess(RequestContext context) {
        return gatewayRule.canAccess(context);
    }

    @Override
    public void handleAccessDenied(RequestContext context, HttpServletResponse response)
            throws IOException {
        WebResponse refusal = WebResponse.error(403, "LOGIN_REQUIRED", "Log in to the gateway"
                + " webpage with a user that may open the Status section");
        response.setStatus(refusal.status());
        response.setContentType(WebResponse.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(refusal.body().getBytes(StandardCharsets.UTF_8));
    }
}
