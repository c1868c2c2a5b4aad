package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.check.PackRegistry;
import cn.selfeval.decimal.Numbers;
import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.scoring.ScoreCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser ({@link Chromium}: the system's headless Chromium and chromedriver). Fails when they
 * are missing, unless SELFEVAL_SKIP_BROWSER_TEST=1 says to skip. Saves screenshots of the three pages to target/screenshots/, or to
 * the folder named by -Dselfeval.screenshots (docs/screenshots to update the committed ones).
 */
class BrowserTest {

    static final Path LIHU = Path.of("fixtures/lihu-2023.json");

    static WebServer server;
    static Chromium chromium;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.start();
        server = TestServers.shared();
        driver = chromium.driver;
        wait = chromium.wait;
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Whatever a page did, the browser refused nothing under the service's Content-Security-Policy. */
    @AfterEach
    void nothingWasRefusedByTheContentSecurityPolicy() {
        List<String> refused = policyViolations();
        assertEquals(List.of(), refused, "Content-Security-Policy 拒绝了页面中的内容");
    }

    /** The console messages since the last call that report a Content-Security-Policy violation. */
    static List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    @Test
    void theConsoleCheckSeesWhatThePolicyRefuses() {
        open("/");
        ((JavascriptExecutor) driver).executeScript("var s = document.createElement('script'); s.textContent = 'window.ran = 1';"
                + " document.body.appendChild(s); var d = document.createElement('div'); d.setAttribute('onclick', 'x()');"
                + " d.setAttribute('style', 'color: red'); document.body.appendChild(d);");
        assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.ran === undefined ? null : window.ran;"),
                "an inline script does not run");
        List<String> refused = policyViolations();
        assertTrue(refused.stream().anyMatch(m -> m.contains("inline script")), refused.toString());
        assertTrue(refused.stream().anyMatch(m -> m.contains("inline style")), refused.toString());
    }

    static void open(String path) {
        driver.get(server.url() + path);
    }

    static String abs(Path file) {
        return file.toAbsolutePath().toString();
    }

    @Test
    void uploadingTheReport000FixtureShowsItsTotalAndTheB54Deduction() throws IOException {
        ScoreCard cli = new PackRegistry(Path.of("rules")).select(2023, "增城区").checker().check(LIHU);
        String cliTotal = Numbers.fixed(cli.summary().score());
        CheckOutcome late = cli.flatten().filter(i -> i.code().equals("B5.4")).flatMap(i -> i.deductions().stream())
                .filter(o -> o.factId().equals("ZC2023-004")).findFirst().orElseThrow();
        open("/");
        driver.findElement(By.id("file")).sendKeys(abs(LIHU));
        driver.findElement(By.id("check-button")).click();
        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("total-score")));
        assertEquals(cliTotal, total.getText());
        assertEquals("94.70", cliTotal);
        WebElement b54 = driver.findElement(By.xpath("//tr[@id='ind-B5.4']/following-sibling::tr[1]"));
        assertTrue(b54.getText().contains("【扣 0.5 分】项目ZC2023-004「荔湖街人居环境整治提升服务」"), b54.getText());
        assertTrue(b54.getText().contains("规则\n" + late.ruleFile() + "「" + late.ruleName() + "」"), b54.getText());
        assertFalse(driver.findElement(By.cssSelector("#ind-A1\\.1 + tr details")).getAttribute("open") != null,
                "passed checks are folded");
        assertTrue(driver.findElement(By.id("audit")).getText().contains("A1.3 部门预算资金支出率：自评 9.91，计算 9.71"));
        screenshot("check.png");

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(driver.findElement(By.cssSelector("header.site")).isDisplayed(), "no navigation on paper");
            assertFalse(driver.findElement(By.cssSelector("p.actions")).isDisplayed(), "no buttons on paper");
            assertTrue(driver.findElement(By.id("pack-hash")).isDisplayed(), "the pack hash is printed");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setBackground(true);
        Pdf pdf = driver.print(a4);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/check-a4.pdf"), bytes);
    }

    @Test
    void uploadingABrokenFileShowsItsMessages() {
        open("/");
        driver.findElement(By.id("file")).sendKeys(abs(Path.of("fixtures/invalid-2023.json")));
        driver.findElement(By.id("check-button")).click();
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertTrue(errors.getText().contains("invalid-2023.json：填报数据有误（6 处），未检查"), errors.getText());
        assertTrue(errors.getText().contains(
                "invalid-2023.json:13:24 $.procurementProjects[0].awardNoticeOn（中标（成交）通知书日期）：日期“2023-02-30”不存在"),
                errors.getText());
        assertEquals(6, errors.findElements(By.tagName("li")).size());
    }

    @Test
    void uploadingThreeFilesShowsTheSummarySortedAndEachRowOpensItsScoreCard() {
        open("/summary");
        driver.findElement(By.id("files")).sendKeys(String.join("\n", abs(Path.of("fixtures/clean-2023.json")), abs(LIHU),
                abs(Path.of("src/test/resources/web/overstated-2023.json"))));
        driver.findElement(By.id("summary-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("units")));
        assertEquals(List.of("overstated-2023.json", "lihu-2023.json", "clean-2023.json"), column(2));
        assertEquals(List.of("+2.2", "+0.2", "0"), column(6));
        screenshot("summary.png");

        WebElement score = driver.findElement(By.xpath("//table[@id='units']/thead/tr/th[4]"));
        score.click();
        assertEquals("clean-2023.json", column(2).get(0), "highest score first");
        score.click();
        assertEquals("clean-2023.json", column(2).get(2), "then lowest first");

        driver.findElement(By.linkText("广州市增城区示例街道办事处")).click();
        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("total-score")));
        assertEquals("94.70", total.getText());
        assertTrue(driver.findElement(By.id("self-gap")).getText().contains("自评偏高 2.2 分"));
    }

    @Test
    void thePacksPageListsThePacksAndOpensACatalogue() {
        open("/packs");
        String table = driver.findElement(By.id("packs")).getText();
        String hash = server.packs().find("guangzhou-2023").orElseThrow().checker().compiled().pack().contentHash();
        assertTrue(table.contains("guangzhou-2023") && table.contains("2023.2.0") && table.contains("2023、2024、2025、2026"),
                table);
        assertTrue(table.replace("\n", "").contains(hash), table);
        screenshot("packs.png");
        driver.findElements(By.linkText("查看目录")).get(1).click();
        wait.until(ExpectedConditions.titleContains("规则目录"));
        assertTrue(driver.getPageSource().contains("B5.4"));
    }

    @Test
    void aScriptInTheUnitNameIsShownAsTextAndNeverRuns() {
        open("/");
        driver.findElement(By.id("file")).sendKeys(abs(Path.of("src/test/resources/web/script-name-2023.json")));
        driver.findElement(By.id("check-button")).click();
        WebElement unit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-name")));
        assertEquals("<script>alert(\"unit\")</script><img src=x onerror=alert(1)>某街道（增城区）", unit.getText());
        assertTrue(unit.findElements(By.tagName("img")).isEmpty());
        assertTrue(driver.getTitle().startsWith("评分表：<script>"), driver.getTitle());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('script').length === 1"), "only the page's own script");
    }

    /** Renders each text in the page's own font on a canvas; the same picture for two texts means the same glyphs. */
    static List<String> glyphPictures(String... texts) {
        @SuppressWarnings("unchecked")
        List<String> pictures = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const font = getComputedStyle(document.documentElement).fontFamily;
                return arguments[0].map(text => {
                  const canvas = document.createElement('canvas');
                  canvas.width = 120; canvas.height = 48;
                  const g = canvas.getContext('2d');
                  g.font = '36px ' + font;
                  g.fillText(text, 2, 38);
                  return canvas.toDataURL();
                });""", List.of(texts));
        return pictures;
    }

    @Test
    void chineseTextIsDrawnWithRealGlyphsNotMissingGlyphBoxes() {
        open("/");
        List<String> pictures = glyphPictures("汉", "字", "评分", "\u0378", "\u0379", "");
        String blank = pictures.get(5);
        assertEquals(pictures.get(3), pictures.get(4),
                "two code points no font has are drawn as the same missing-glyph box (the comparison can tell)");
        assertTrue(!pictures.get(0).equals(blank) && !pictures.get(1).equals(blank), "汉 and 字 are drawn at all");
        assertFalse(pictures.get(0).equals(pictures.get(1)),
                "汉 and 字 are drawn as different glyphs: a CJK font is installed (fonts-noto-cjk; ./test installs it)");
        assertFalse(pictures.get(0).equals(pictures.get(3)), "汉 is not the missing-glyph box");
    }

    @Test
    void theScoreCardFitsAPhoneAndADesktopScreen() {
        for (int width : new int[] {420, 1280}) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 640));
            try {
                open("/");
                driver.findElement(By.id("file")).sendKeys(abs(Path.of("fixtures/lihu-2023.xlsx")));
                driver.findElement(By.id("check-button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("total-score")));
                JavascriptExecutor js = driver;
                assertEquals(Boolean.TRUE, js.executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth"),
                        width + " px: the page does not scroll sideways (" + js.executeScript(
                                "return document.documentElement.scrollWidth") + " px wide)");
                for (WebElement link : driver.findElements(By.cssSelector("header.site nav a"))) {
                    assertTrue(link.getRect().getHeight() < 2 * lineHeight(link),
                            width + " px: the menu item " + link.getText() + " stays on one line");
                }
                WebElement mark = driver.findElement(By.xpath(
                        "//tr[@id='ind-B5.4']/following-sibling::tr[1]//div[contains(@class,'deducted')]//span[@class='mark']"));
                assertTrue(mark.getRect().getHeight() < 2 * lineHeight(mark), width + " px: 【扣 0.5 分】 is not broken");
                WebElement card = mark.findElement(By.xpath("ancestor::div[contains(@class,'outcome')]"));
                assertTrue(card.getRect().getX() + card.getRect().getWidth() <= width,
                        width + " px: the deduction card fits the screen");
                assertTrue(card.getText().matches("(?s).*填报位置\\s+采购项目第\\d+行.*"), card.getText());
                if (width < 640) {
                    Path dir = Path.of(System.getProperty("selfeval.screenshots", "target/screenshots"));
                    Files.createDirectories(dir);
                    Files.write(dir.resolve("check-phone.png"), driver.getScreenshotAs(OutputType.BYTES));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
    }

    static double lineHeight(WebElement element) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "const s = getComputedStyle(arguments[0]); return s.lineHeight === 'normal'"
                        + " ? parseFloat(s.fontSize) * 1.3 : parseFloat(s.lineHeight)", element)).doubleValue();
    }

    /** The texts of one column of the summary table, top to bottom (1-based). */
    static List<String> column(int n) {
        return driver.findElements(By.xpath("//table[@id='units']/tbody/tr/td[" + n + "]")).stream()
                .map(WebElement::getText).toList();
    }

    /** The whole page (up to 4000 pixels high) as a PNG, into target/screenshots or -Dselfeval.screenshots. */
    static void screenshot(String name) {
        chromium.screenshot(Path.of(System.getProperty("selfeval.screenshots", "target/screenshots")).resolve(name));
    }
}
