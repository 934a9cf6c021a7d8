package care.tandem.browser;

import care.tandem.coverage.RenderedTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts headless Chromium from the system packages at explicit paths, so Selenium Manager never
 * downloads anything. Paths can be overridden with the system properties {@code tandem.chromium}
 * and {@code tandem.chromedriver} or the environment variables {@code CHROMIUM} and {@code
 * CHROMEDRIVER}.
 */
final class Chromium {

  static final String HOW_TO_INSTALL =
      "Browser tests need Chromium and ChromeDriver. Install them with:"
          + " apt-get install -y chromium chromium-driver"
          + " (or point -Dtandem.chromium / -Dtandem.chromedriver at your own copies).";

  private Chromium() {}

  /**
   * A fresh browser with its own throw-away profile; JavaScript on or off. A browser driven by a
   * page gate or a journey names it in every request, for the template coverage table.
   */
  static Session start(boolean javascript, @Nullable String gate) {
    Path browser = locate("tandem.chromium", "CHROMIUM", "/usr/bin/chromium");
    Path driver = locate("tandem.chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver");
    Path profile = temporaryProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    // An explicit driver executable makes Selenium skip Selenium Manager entirely.
    System.setProperty("webdriver.chrome.driver", driver.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    if (javascript) {
      Axe.installInto(chrome);
    }
    if (gate != null) {
      chrome.executeCdpCommand("Network.enable", Map.of());
      chrome.executeCdpCommand(
          "Network.setExtraHTTPHeaders",
          Map.of("headers", Map.of(RenderedTemplates.GATE_CLIENT_HEADER, gate)));
    }
    return new Session(chrome, profile);
  }

  /** A running browser and the profile folder to delete when it stops. */
  record Session(ChromeDriver driver, Path profile) {

    void stop() {
      try {
        driver.quit();
      } finally {
        deleteQuietly(profile);
      }
    }
  }

  private static Path locate(String property, String variable, String fallback) {
    String configured = System.getProperty(property, System.getenv(variable));
    Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException("No executable at " + path + ". " + HOW_TO_INSTALL);
    }
    return path;
  }

  private static Path temporaryProfile() {
    try {
      return Files.createTempDirectory("tandem-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (var paths = Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary profile does no harm.
    }
  }
}
