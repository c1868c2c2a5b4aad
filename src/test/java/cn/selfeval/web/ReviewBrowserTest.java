package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * One review round walked in a real browser ({@link Chromium}) on a server with an SQLite store: create a round, upload
 * three fixtures, open a unit, overturn a deduction with a reason, see 复核分 change on the unit page and the round page,
 * publish, download the 复核结果 .xlsx and read it back. With -Dselfeval.updateScreenshots=true the pages are saved
 * as docs/images/review-*.png (desktop width) for docs/review.md; otherwise into target/screenshots.
 */
class ReviewBrowserTest {

    private static final String B54 = "B5.4|采购合同逾期签订|ZC2023-004";
    private static final String LIHU = "广州市增城区人民政府荔湖街道办事处";
    private static final String ROUND = "增城区2023年度部门整体支出绩效自评复核";

    @TempDir
    static Path temp;

    static Database db;
    static WebServer server;
    static Chromium chromium;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.start();
        driver = chromium.driver;
        db = Database.sqlite(temp.resolve("data"));
        server = WebServer.start(new WebServer.Settings(Path.of("rules"), "127.0.0.1", 0, TestServers.LIMITS,
                Clock.fixed(TestServers.NOW, ZoneOffset.UTC), db));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aRoundWalkedFromCreationToTheDownloadedResults() throws Exception {
        driver.get(server.url() + "/rounds");
        driver.findElement(By.id("round-name")).sendKeys(ROUND);
        driver.findElement(By.id("round-year")).sendKeys("2023");
        driver.findElement(By.id("round-district")).sendKeys("增城区");
        driver.findElement(By.id("create-round")).click();
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("round-upload")));
        assertEquals(ROUND, driver.findElement(By.tagName("h1")).getText());
        String roundPage = driver.getCurrentUrl();

        driver.findElement(By.id("round-files")).sendKeys(String.join("\n", abs("fixtures/lihu-2023.xlsx"),
                abs("fixtures/clean-2023.json"), abs("fixtures/yuangang-2023.json")));
        driver.findElement(By.id("round-upload-button")).click();
        String uploaded = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-result"))).getText();
        assertTrue(uploaded.contains("lihu-2023.xlsx → " + LIHU + "：第 1 版，已检查，计算得分 94.7"), uploaded);
        assertTrue(uploaded.contains("clean-2023.json → 示例街道办事处（无扣分示例）：第 1 版，已检查，计算得分 100"), uploaded);
        assertTrue(uploaded.contains("yuangang-2023.json → 广州市天河区人民政府元岗街道办事处：第 1 版，未检查：填报的区为 天河区，本轮次为 增城区，未列入本轮次的复核"),
                uploaded);
        assertEquals(List.of("已检查", "94.7", "94.7"), row(LIHU, 2, 6, 5));
        assertEquals(List.of("未通过检查"), row("广州市天河区人民政府元岗街道办事处", 2), "refused, not waiting to be checked");
        assertTrue(driver.findElements(By.xpath("//*[contains(text(), '不在名单中')]")).isEmpty(),
                "a round without a roster does not call every unit off the roster");

        driver.findElement(By.linkText(LIHU)).click();
        WebElement outcome = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section.outcome[data-key='" + B54 + "']")));
        assertEquals("94.7", driver.findElement(By.id("reviewed-score")).getText());
        new Select(outcome.findElement(By.name("action"))).selectByVisibleText("撤销");
        outcome.findElement(By.name("reason")).sendKeys("中标通知书2023-09-08才送达，自送达起算未逾期");
        outcome.findElement(By.cssSelector("button[type=submit]")).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("unit-status"), "复核中"));
        assertEquals("95.2", driver.findElement(By.id("reviewed-score")).getText());
        assertEquals("94.7", driver.findElement(By.id("computed-score")).getText());
        WebElement decided = driver.findElement(By.cssSelector("section.outcome[data-key='" + B54 + "']"));
        assertEquals("已撤销", decided.findElement(By.className("state")).getText());
        assertEquals("0", decided.findElement(By.className("reviewed-points")).getText());
        assertTrue(decided.getText().contains("决定：撤销，理由：中标通知书2023-09-08才送达，自送达起算未逾期（本机用户，"), decided.getText());
        WebElement b54 = driver.findElement(By.cssSelector("#scores tr[data-code='B5.4']"));
        assertEquals(List.of("2", "2.5"), List.of(b54.findElements(By.tagName("td")).get(3).getText(),
                b54.findElements(By.tagName("td")).get(4).getText()), "B5.4's 计算分 and 复核分");
        String history = driver.findElement(By.id("history")).getText();
        assertTrue(history.contains("B5.4「采购合同逾期签订」ZC2023-004 撤销"), history);
        screenshot("review-unit.png", 4000);

        driver.get(roundPage);
        assertEquals(List.of("复核中", "94.7", "95.2"), row(LIHU, 2, 5, 6));

        driver.findElement(By.linkText(LIHU)).click();
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id("publish"))).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("unit-status"), "已发布"));
        assertTrue(driver.findElements(By.cssSelector("form.decision")).isEmpty(), "a published version takes no decisions");
        assertEquals("第 1 版的复核分 95.2 已于 2026-11-30 10:00:00（北京时间） 由本机用户发布，不再接受决定；单位上传新的版本后开始新的复核。",
                driver.findElement(By.id("published-note")).getText());
        String published = driver.findElement(By.id("publications")).getText();
        assertTrue(published.contains("本机用户：复核分 95.2（计算分 94.7，自评分 94.9），等级「优」"), published);
        screenshot("review-published.png", 900);

        driver.get(roundPage);
        assertEquals(List.of("已发布", "95.2", "-0.3"), row(LIHU, 2, 6, 7));
        screenshot("review-round.png", 4000);

        driver.findElement(By.id("export-xlsx")).click();
        Path xlsx = downloaded(".xlsx");
        assertTrue(xlsx.getFileName().toString().startsWith("复核结果-" + ROUND + "-"), xlsx.toString());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("复核结果");
            DataFormatter f = new DataFormatter();
            Row lihu = Stream.iterate(3, r -> r <= sheet.getLastRowNum(), r -> r + 1).map(sheet::getRow)
                    .filter(r -> f.formatCellValue(r.getCell(0)).equals(LIHU)).findFirst().orElseThrow();
            assertEquals("已发布", f.formatCellValue(lihu.getCell(1)));
            assertEquals(94.9, lihu.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(94.7, lihu.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(95.2, lihu.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("优", f.formatCellValue(lihu.getCell(5)));
        }

        driver.findElement(By.id("round-watch")).click();
        WebElement asOf = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("asOf")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2023-10-08'", asOf);
        driver.findElement(By.id("round-watch-button")).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("watch-as-of"), "2023-10-08"));
        String counts = driver.findElement(By.id("watch-counts")).getText();
        assertEquals("3 个单位中，1 个有已逾期事项（共 1 项），2 个有即将到期事项（共 2 项），1 个没有可用的版本。", counts);
        screenshot("review-watch.png", 4000);

        driver.get(server.url() + "/rounds");
        String rounds = driver.findElement(By.id("rounds")).getText();
        assertTrue(rounds.contains(ROUND + " 2023 增城区 自动选择 3 3 2 1 1"), rounds);
        screenshot("review-rounds.png", 4000);
    }

    private static String abs(String file) {
        return Path.of(file).toAbsolutePath().toString();
    }

    /** Cells (1-based columns) of the round page's row of a unit. */
    private static List<String> row(String unit, int... columns) {
        WebElement tr = driver.findElement(By.xpath("//table[@id='round-units']/tbody/tr[td[1]/a[text()='" + unit + "']]"));
        List<WebElement> cells = tr.findElements(By.tagName("td"));
        return java.util.Arrays.stream(columns).mapToObj(c -> cells.get(c - 1).getText()).toList();
    }

    /** The first finished download with this ending. */
    private static Path downloaded(String ending) {
        return new FluentWait<>(chromium.downloads).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(100))
                .until(dir -> {
                    try (Stream<Path> files = Files.list(dir)) {
                        Optional<Path> done = files.filter(f -> f.getFileName().toString().endsWith(ending)).findFirst();
                        return done.orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
    }

    /** docs/images/ when asked to update the committed screenshots, else target/screenshots/. */
    private static void screenshot(String name, int maxHeight) {
        boolean update = Boolean.getBoolean("selfeval.updateScreenshots");
        chromium.screenshot(Path.of(update ? "docs/images" : "target/screenshots").resolve(name), maxHeight);
    }
}
