package dev.sessioncontrol.gateway.perspective;

import java.util.Collections;
import java.util.List;

/** A gateway without Perspective: no sessions, nothing to close. */
final class AbsentPerspective implements PerspectiveSessions {
    static final AbsentPerspective INSTANCE = new AbsentPerspective();

    private AbsentPerspective() {
    }

    @Override
    public boolean isPresent() {
        return false;
    }

    @Override
    public List<PerspectiveSession> list() {
        return Collections.emptyList();
    }

    @Override
    public boolean close(String sessionId, String message) {
        return false;
    }

    @Override
    public String toString() {
        return "Perspective (not installed)";
    }
}
