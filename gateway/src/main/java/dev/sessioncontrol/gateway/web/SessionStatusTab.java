package dev.sessioncontrol.gateway.web;

import com.inductiveautomation.ignition.gateway.web.components.AbstractNamedTab;
import com.inductiveautomation.ignition.gateway.web.pages.BasicReactPanel;
import com.inductiveautomation.ignition.gateway.web.pages.status.StatusCategories;
import dev.sessioncontrol.common.SessionControlModule;
import java.util.Arrays;
import org.apache.wicket.markup.html.WebMarkupContainer;

/**
 * The Session Control tab in the gateway webpage's Status &gt; Systems category, at
 * {@value #LINK}. It hosts the status page's script from the module's mounted folder.
 *
 * <p>Limitation: what Ignition 8.1's {@link BasicReactPanel} expects of the script it loads is
 * not documented; the script builds its page inside an element with id
 * {@code session-control}. The standalone page at {@value #PAGE} is the dependable way in.
 */
public final class SessionStatusTab extends AbstractNamedTab {
    /** The tab's name, the last part of its address. */
    public static final String NAME = "sessioncontrol";
    /** The tab's address within the gateway webpage. */
    public static final String LINK = "/web/status/sys." + NAME;
    /** The key of the tab's title in the module's resource bundle "SessionControl". */
    public static final String TITLE_KEY = "SessionControl.nav.status.header";
    /** The standalone status page in the mounted folder. */
    public static final String PAGE = "/res/" + SessionControlModule.MODULE_ID + "/status.html";
    /** The page's script in the mounted folder. */
    public static final String SCRIPT = "/res/" + SessionControlModule.MODULE_ID
            + "/session-control.js";

    private static final String COMPONENT = "SessionControl";

    /** Creates the tab. */
    public SessionStatusTab() {
        super(NAME, StatusCategories.SYSTEMS, TITLE_KEY);
    }

    @Override
    public WebMarkupContainer getPanel(String panelId) {
        return new BasicReactPanel(panelId, SCRIPT, COMPONENT);
    }

    @Override
    public Iterable<String> getSearchTerms() {
        return Arrays.asList("session control", "sessions", "kick", "vision clients");
    }
}
