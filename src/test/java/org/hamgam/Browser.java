package org.hamgam;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests find Debian's Chromium and ChromeDriver. A developer's machine without them reports
 * the browser tests as skipped, with the reason; under continuous integration ({@code CI=true}) a missing
 * browser fails the test, so that a run without the browser cannot pass as a run with it.
 */
public final class Browser {
    /** Debian's Chromium. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's ChromeDriver, for WebDriver tests. */
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** Skips the calling test (fails it under CI) unless Chromium is installed. */
    public static void requireChromium() {
        require(CHROMIUM, "chromium");
    }

    /** Skips the calling test (fails it under CI) unless Chromium and ChromeDriver are installed. */
    public static void requireDriver() {
        require(CHROMIUM, "chromium");
        require(DRIVER, "chromium-driver");
    }

    private static void require(Path program, String debianPackage) {
        if (Files.isExecutable(program)) {
            return;
        }
        String reason = program + " is missing: browser test not run (apt-get install -y " + debianPackage + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(reason);
        }
        assumeTrue(false, reason);
    }
}
