package dev.sessioncontrol.sandbox.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with a fresh profile each time,
 * and screenshots written into the repository's {@code docs/images/}.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BROWSER = Paths.get("/usr/bin/chromium");
    static final Path DRIVER = Paths.get("/usr/bin/chromedriver");
    /** A bound for the page to catch up (refresh every 3 s), never a performance claim. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Tells whether Chromium and its driver are installed where Debian puts them. */
    static boolean isInstalled() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    static HeadlessChromium start() throws IOException {
        if (!isInstalled()) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its"
                    + " driver at " + BROWSER + " and " + DRIVER
                    + ": apt-get install -y chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("sc-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,860", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(profile, new ChromeDriver(service, options));
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    /**
     * Saves a screenshot of the current page as {@code docs/images/<name>.png}.
     *
     * @param name the file name without extension
     * @return where it was written
     */
    Path screenshot(String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Path images = repositoryRoot().resolve("docs").resolve("images");
        Files.createDirectories(images);
        Path target = images.resolve(name + ".png");
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Finds the repository root: the first folder upwards holding both docs/ and sandbox/. */
    private static Path repositoryRoot() {
        String configured = System.getProperty("sessioncontrol.repository");
        if (configured != null) {
            return Paths.get(configured);
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("docs"))
                    && Files.isDirectory(dir.resolve("sandbox"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No folder with docs/ and sandbox/ above "
                + Paths.get("").toAbsolutePath() + "; set -Dsessioncontrol.repository");
    }
}
