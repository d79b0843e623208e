package dev.sessioncontrol.client;

import com.inductiveautomation.ignition.common.script.JythonExecException;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import java.awt.EventQueue;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a Vision client through the client's own exit, {@code system.util.exit(force)}, run on
 * the event thread. With force the shutdown-intercept script is skipped, so it cannot veto.
 *
 * <p>Limitation: the Java method behind {@code system.util.exit} is not public SDK API, so the
 * exit runs as that one-line script. If the script cannot run at all, a forced exit falls back
 * to ending the JVM, which skips the client's shutdown scripts; an unforced one is logged, the
 * client keeps running, and a later forced order can still end it.
 */
final class VisionClientExit implements ClientExit {
    private static final Logger log = LoggerFactory.getLogger(VisionClientExit.class);

    private final ScriptManager scriptManager;

    VisionClientExit(ScriptManager scriptManager) {
        this.scriptManager = Objects.requireNonNull(scriptManager, "scriptManager");
    }

    @Override
    public void exit(boolean force) {
        EventQueue.invokeLater(() -> runExit(force));
    }

    private void runExit(boolean force) {
        String code = force ? "system.util.exit(True)" : "system.util.exit(False)";
        try {
            scriptManager.runCode(code, scriptManager.createLocalsMap(),
                    scriptManager.getGlobals(), "session-control-exit");
        } catch (JythonExecException | RuntimeException e) {
            if (force) {
                log.error("system.util.exit failed; ending the client process instead", e);
                System.exit(0);
            }
            log.error("system.util.exit failed; the client keeps running", e);
        }
    }
}
