package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.selfeval.access.Accounts;
import cn.selfeval.access.Role;
import cn.selfeval.store.Database;
import cn.selfeval.web.access.AccessSettings;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logging in in a real browser (the system's headless Chromium, as {@link BrowserTest}): unit staff cannot open
 * another unit's page of a round by its address; the round's reviewer, logged in after them in the same browser, can.
 */
class AccessBrowserTest {

    private static Path data;
    private static Database db;
    private static WebServer server;
    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static WebDriverWait wait;
    private static String lihuPage;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(Chromium.CHROMIUM) || !Files.isExecutable(Chromium.DRIVER)) {
            String missing = "浏览器测试需要系统的 Chromium 和 chromedriver，本机没有：apt-get install -y chromium chromium-driver";
            if ("1".equals(System.getenv("SELFEVAL_SKIP_BROWSER_TEST"))) {
                Assumptions.abort(missing + "。SELFEVAL_SKIP_BROWSER_TEST=1：跳过浏览器测试");
            }
            fail(missing);
        }
        data = Files.createTempDirectory("selfeval-access-browser-");
        db = Database.sqlite(data);
        AccessTesting.add(db, "admin", Role.ADMIN, null);
        AccessTesting.add(db, "lihu", Role.UNIT, AccessTesting.LIHU);
        AccessTesting.add(db, "other", Role.UNIT, "示例街道办事处（无扣分示例）");
        AccessTesting.add(db, "reviewer", Role.REVIEWER, null);
        server = AccessTesting.start(db, Clock.systemUTC(), AccessSettings.defaults());
        Http http = new Http(server.url());
        Http admin = http.with(AccessTesting.bearer(AccessTesting.token(db, "admin")));
        String round = AccessTesting.json(admin.post("/api/rounds", "application/json",
                "{\"name\": \"增城区2023年度复核\", \"year\": 2023, \"district\": \"增城区\"}".getBytes(StandardCharsets.UTF_8))).path("id").asText();
        new Accounts(db, Clock.systemUTC()).assign("reviewer", round, AccessTesting.SETUP);
        HttpResponse<byte[]> upload = http.with(AccessTesting.bearer(AccessTesting.token(db, "lihu"))).multipart(
                "/api/rounds/" + round + "/submissions", List.of(Http.Part.file("files", BrowserTest.LIHU)), Map.of());
        lihuPage = "/rounds/" + round + "/units/" + AccessTesting.json(upload).path("submissions").get(0).path("unit").asText();

        service = new ChromeDriverService.Builder().usingDriverExecutable(Chromium.DRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("selfeval-chromium-"), "--window-size=1280,1000", "--lang=zh-CN");
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private static void logIn(String name) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-name"))).sendKeys(name);
        driver.findElement(By.id("login-password")).sendKeys(AccessTesting.PASSWORD);
        driver.findElement(By.id("login-button")).click();
    }

    @Test
    void unitStaffCannotOpenAnotherUnitsPageByItsAddressAndTheReviewerCan() {
        driver.get(server.url() + lihuPage);
        assertTrue(driver.getCurrentUrl().contains("/login?next="), "not logged in: the login page, " + driver.getCurrentUrl());
        logIn("other");
        String refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.alert"))).getText();
        assertTrue(refused.contains("无权访问"), refused);
        assertTrue(refused.contains("您登录的账户“other”是单位填报人（示例街道办事处（无扣分示例））"), refused);
        assertFalse(driver.getPageSource().contains("荔湖街道办事处</h1>"));

        driver.get(server.url() + "/rounds");
        assertEquals("other的显示名（单位填报人）", driver.findElement(By.id("signed-in")).getText());
        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        driver.get(server.url() + lihuPage);
        logIn("reviewer");
        String heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
        assertEquals(AccessTesting.LIHU, heading, "the login went on to the page asked for");
        assertEquals("94.7", driver.findElement(By.id("computed-score")).getText());
        assertTrue(driver.findElements(By.id("publish-form")).size() == 1, "the reviewer may publish");
    }
}
