package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.gateway.system.SystemManager;
import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The sandbox gateway's folders.
 *
 * @param dataDir the gateway's data folder
 */
public record SandboxSystemManager(Path dataDir) implements SystemManager {
    /** Checks the folder. */
    public SandboxSystemManager {
        Objects.requireNonNull(dataDir, "dataDir");
    }

    @Override
    public File getDataDir() {
        return dataDir.toFile();
    }
}
