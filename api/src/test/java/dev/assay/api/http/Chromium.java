package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named by path so Selenium
 * never looks for (or downloads) a browser or a driver; a fresh profile and download folder per
 * instance, deleted on close.
 */
final class Chromium implements AutoCloseable {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile, Path downloads) {
    this.driver = driver;
    this.profile = profile;
    this.downloads = downloads;
  }

  static Chromium start() {
    assertTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run installs them)");
    try {
      Path profile = Files.createTempDirectory("assay-chromium-profile");
      Path downloads = Files.createTempDirectory("assay-chromium-downloads");
      ChromeOptions o = new ChromeOptions();
      o.setBinary(BROWSER.toFile());
      o.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900", "--hide-scrollbars",
          "--user-data-dir=" + profile);
      o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, o);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      return new Chromium(driver, profile, downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
  }

  /** Makes the page's viewport this size, as a phone or a desktop would have it. */
  void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /** Renders the page for print (true) or for the screen (false). */
  void printMedia(boolean print) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Saves a PNG of the viewport, or of the whole page beyond it, to {@code target/screenshots/NAME.png}. */
  Path screenshot(String name, boolean wholePage) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", wholePage));
      Path file = dir.resolve(name + ".png");
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
      delete(downloads);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A profile file still held by a closing browser: left for the system's temp cleaning.
    }
  }
}
