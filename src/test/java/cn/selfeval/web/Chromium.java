package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven through the system's chromedriver (never a downloaded one: Selenium Manager
 * is bypassed by naming both), for the browser tests. Fails when they are missing, unless
 * SELFEVAL_SKIP_BROWSER_TEST=1 says to skip. Downloads go to a folder of the browser's own.
 */
final class Chromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriverService service;
    final ChromeDriver driver;
    final WebDriverWait wait;
    final Path profile;
    final Path downloads;

    private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile, Path downloads) {
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.profile = profile;
        this.downloads = downloads;
    }

    static Chromium start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String missing = "浏览器测试需要系统的 Chromium 和 chromedriver（" + CHROMIUM + "、" + DRIVER + "），本机没有："
                    + "apt-get install -y chromium chromium-driver";
            if ("1".equals(System.getenv("SELFEVAL_SKIP_BROWSER_TEST"))) {
                Assumptions.abort(missing + "。SELFEVAL_SKIP_BROWSER_TEST=1：跳过浏览器测试");
            }
            fail(missing + "（./run-tests 会自动安装；开发机暂不安装时可设 SELFEVAL_SKIP_BROWSER_TEST=1 跳过）");
        }
        Path profile = Files.createTempDirectory("selfeval-chromium-");
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // the console log, where the browser reports what the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        return new Chromium(service, driver, profile, downloads);
    }

    /** The whole page (up to 4000 pixels high, window frame included in the size) as a PNG. */
    byte[] screenshot() {
        return screenshot(4000);
    }

    /** The top of the page, up to {@code maxHeight} pixels (window frame included), 1280 pixels wide, as a PNG. */
    byte[] screenshot(int maxHeight) {
        Dimension before = driver.manage().window().getSize();
        try {
            long height = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return Math.ceil(document.documentElement.scrollHeight + window.outerHeight - window.innerHeight)");
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(maxHeight, height)));
            return driver.getScreenshotAs(OutputType.BYTES);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    void screenshot(Path file) {
        screenshot(file, 4000);
    }

    void screenshot(Path file, int maxHeight) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, screenshot(maxHeight));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
