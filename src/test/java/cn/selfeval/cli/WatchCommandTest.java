package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import cn.selfeval.testing.FileTrees;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code selfeval watch} end to end: the list, its exit codes, JSON, the iCalendar file read back, the calendar's end. */
class WatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void weeksBeforeTheDeadlineReport000sLateContractIsDueSoonWithTheHolidayRollOver() {
        CliRun.Run run = selfeval("watch", "fixtures/lihu-2023.json", "--as-of", "2023-09-20");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("部门整体支出绩效自评预警\n"), out);
        assertTrue(out.contains("截至：2023-09-20（30日内到期的列为即将到期）"), out);
        assertTrue(out.contains("即将到期（2 项）"), out);
        assertTrue(out.contains("【还有 17 日（2023-10-07 到期，其间 7 个工作日）】B5.4 采购合同签订时效性：采购项目 ZC2023-004"
                + "「荔湖街人居环境整治提升服务」——签订采购合同"), out);
        assertTrue(out.contains("第30日2023-10-04为中秋节、国庆节假期，顺延至休假日结束的次日2023-10-07"), out);
        assertTrue(out.contains("后果：逾期完成记为「采购合同逾期签订」，扣 0.5 分（B5.4 扣完为止）"), out);
        assertTrue(out.contains("检查：procurement/contract-signing.checks.yaml「采购合同签订时效」"), out);
        // soonest first: the 10-07 deadline before the 10-08 one
        assertTrue(out.indexOf("ZC2023-004") < out.indexOf("ZC2023-005"), out);
        assertFalse(out.contains("已按期完成（"), "done items only with --details: " + out);
    }

    @Test
    void aPassedDeadlineMakesTheListOverdueAndTheExitCodeSaysSo() {
        CliRun.Run run = selfeval("watch", "fixtures/lihu-2023.json", "--as-of", "2023-10-08", "--details");

        assertEquals(ExitCode.OVERDUE, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("已逾期（1 项）"), run.out());
        assertTrue(run.out().contains("【已逾期 1 日（期限 2023-10-07）】B5.4 采购合同签订时效性：采购项目 ZC2023-004"), run.out());
        assertTrue(run.out().contains("后果：现在完成仍记为「采购合同逾期签订」，扣 0.5 分"), run.out());
        assertTrue(run.out().contains("已按期完成（"), run.out());
        // ZC2023-003 signed 07-14 for 07-03; the intents of ZC2023-002 and ZC2023-003 published later than 30 days
        // before procurement started (the year-end card's two B5.1.2 deductions)
        assertTrue(run.out().contains("已逾期完成（3 项）"), run.out());
        assertTrue(run.out().contains("【2023-03-01 完成，逾期 11 日（期限 2023-02-18）】B5.1.2 采购意向公开及时性：采购项目 ZC2023-002"),
                run.out());
    }

    @Test
    void jsonListsEveryItemWithItsFigures() throws IOException {
        CliRun.Run run = selfeval("watch", "fixtures/lihu-2023.json", "--as-of", "2023-09-20", "--format", "json");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals("watch", root.path("kind").asText());
        assertEquals("2023-09-20", root.path("asOf").asText());
        assertEquals(2, root.path("counts").path("dueSoon").asInt());
        JsonNode first = root.path("items").get(0);
        assertEquals("dueSoon", first.path("status").asText());
        assertEquals("ZC2023-004", first.path("factId").asText());
        assertEquals("2023-10-07", first.path("dueOn").asText());
        assertEquals(17, first.path("daysLeft").asInt());
        assertEquals(7, first.path("workingDaysLeft").asInt());
        assertEquals("0.5", first.path("pointsAtStake").asText());
        assertTrue(first.path("rollOver").asText().contains("顺延至休假日结束的次日2023-10-07"), first.toString());
    }

    @Test
    void icsFileOpensInBiweeklyWithOneAllDayEventAndAReminderPerPendingItem() throws IOException {
        Path ics = dir.resolve("预警.ics");
        CliRun.Run run = selfeval("watch", "fixtures/lihu-2023.json", "--as-of", "2023-09-20", "--format", "ics",
                "-o", ics.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        CliRun.Run json = selfeval("watch", "fixtures/lihu-2023.json", "--as-of", "2023-09-20", "--format", "json");
        long pending = 0;
        for (JsonNode item : JSON.readTree(json.out()).path("items")) {
            String status = item.path("status").asText();
            if (!item.path("dueOn").isNull() && List.of("overdue", "dueSoon", "later").contains(status)) {
                pending++;
            }
        }

        ICalendar calendar = Biweekly.parse(Files.readString(ics, StandardCharsets.UTF_8)).first();
        List<VEvent> events = calendar.getEvents();
        assertEquals(pending, events.size());
        VEvent first = events.stream().filter(e -> e.getSummary().getValue().contains("ZC2023-004")).findFirst().orElseThrow();
        assertFalse(first.getDateStart().getValue().hasTime(), "an all-day event");
        assertEquals(LocalDate.of(2023, 10, 7), day(first.getDateStart().getValue()));
        assertEquals(LocalDate.of(2023, 10, 8), day(first.getDateEnd().getValue()));
        assertEquals("【到期】签订采购合同：采购项目 ZC2023-004「荔湖街人居环境整治提升服务」", first.getSummary().getValue());
        assertTrue(first.getDescription().getValue().contains("逾期完成记为「采购合同逾期签订」"), first.getDescription().getValue());
        assertEquals(1, first.getAlarms().size());
        assertEquals("-P2DT15H", first.getAlarms().get(0).getTrigger().getDuration().toString());

        // the same list gives the same file: a calendar importing it again updates the events (same UIDs)
        Path again = dir.resolve("again.ics");
        selfeval("watch", "fixtures/lihu-2023.json", "--as-of", "2023-09-20", "--format", "ics", "-o", again.toString());
        assertEquals(Files.readString(ics), Files.readString(again));
    }

    @Test
    void anExistingOutputFileIsNotReplacedUnasked() throws IOException {
        Path target = dir.resolve("预警.txt");
        Files.writeString(target, "别的内容");
        CliRun.Run run = selfeval("watch", "fixtures/lihu-2023.json", "--as-of", "2023-09-20", "-o", target.toString());
        assertEquals(ExitCode.INTERNAL_ERROR, run.exit());
        assertTrue(run.err().contains("文件已存在，为免覆盖它，未写入（要覆盖请加 --force）"), run.err());
        assertEquals("别的内容", Files.readString(target));

        assertEquals(ExitCode.OK, selfeval("watch", "fixtures/lihu-2023.json", "--as-of", "2023-09-20", "-o",
                target.toString(), "--force").exit());
        assertTrue(Files.readString(target).startsWith("部门整体支出绩效自评预警"));
    }

    @Test
    void deadlinesBeyondTheWorkingDayCalendarAreSaidToBeUnknownNotGuessed() throws IOException {
        Path submission = yearEndSubmission2026();

        CliRun.Run run = selfeval("watch", submission.toString(), "--as-of", "2026-12-20");
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("无法判定（1 项）"), run.out());
        assertTrue(run.out().contains("【期限 不早于2027-01-09，无法判定】B5.4"), run.out());
        assertTrue(run.out().contains("注意：工作日历只覆盖2020-01-01至2026-12-31：期限届满日在此之后的事项只能给出“不早于”的日期。"),
                run.out());

        CliRun.Run later = selfeval("watch", submission.toString(), "--as-of", "2027-01-04");
        assertTrue(later.out().contains("注意：工作日历只覆盖2020-01-01至2026-12-31，2027-01-04不在其中：到期前的工作日数不计算。"),
                later.out());
    }

    @Test
    void aWrongDateOrWindowIsAUsageErrorInChinese() {
        CliRun.Run run = selfeval("watch", "fixtures/lihu-2023.json", "--as-of", "2023-13-01");
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("--as-of 的日期“2023-13-01”不是有效的日期，应写作 年-月-日，如 2026-12-06"), run.err());

        CliRun.Run negative = selfeval("watch", "fixtures/lihu-2023.json", "--within", "-3");
        assertEquals(ExitCode.USAGE, negative.exit());
        assertTrue(negative.err().contains("--within 应为 0 或正整数"), negative.err());
    }

    @Test
    void invalidSubmissionIsReportedWithItsCells() {
        CliRun.Run run = selfeval("watch", "fixtures/invalid-2023.xlsx", "--as-of", "2023-09-20");
        assertEquals(ExitCode.INVALID_INPUT, run.exit());
        assertTrue(run.err().contains("fixtures/invalid-2023.xlsx：填报数据有误"), run.err());
        assertTrue(run.err().contains("未列出预警"), run.err());
        assertTrue(run.err().contains("采购项目!I4"), run.err());
    }

    @Test
    void helpIsChineseAndListsTheOverdueExitCode() {
        CliRun.Run run = selfeval("watch", "--help");
        assertEquals(ExitCode.OK, run.exit());
        assertTrue(run.out().contains("用法：selfeval watch 填报文件 [--as-of=日期]"), run.out());
        assertTrue(run.out().contains("7   有已逾期的事项（期限已过仍未完成）"), run.out());
        assertTrue(selfeval("--help").out().contains("7   watch 列出了已逾期（期限已过仍未完成）的事项"));
    }

    @Test
    void aWatchEntryWrittenWrongIsReportedWithFileAndLine() throws IOException {
        Path pack = FileTrees.shippedPack(dir);
        Path checks = pack.resolve("assets/inventory.checks.yaml");
        String text = Files.readString(checks);
        Files.writeString(checks, text.replace("watch: { due: yearEnd,", "watch: { due: yearend,"));
        int line = text.lines().toList().indexOf(text.lines().filter(l -> l.contains("watch: { due: yearEnd")).findFirst()
                .orElseThrow()) + 1;

        CliRun.Run run = selfeval("rules", "validate", pack.toString());
        assertEquals(ExitCode.FINDINGS, run.exit(), run.out());
        assertTrue(run.out().contains("inventory.checks.yaml:" + line + "：watch 的 due 只能写 yearEnd（评价年度12月31日前须做到）"
                + "（是不是 yearEnd？）"), run.out());
    }

    private static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    /** clean-2023 moved to 2026, with a contract award on 2026-12-10 whose 30 days run into 2027. */
    private Path yearEndSubmission2026() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of("fixtures/clean-2023.json").toFile());
        String text = JSON.writeValueAsString(root).replace("\"2023-", "\"2026-").replace("\"2022-", "\"2025-");
        root = (ObjectNode) JSON.readTree(text);
        root.put("year", 2026);
        ArrayNode projects = root.putArray("procurementProjects");
        projects.addObject().put("id", "P1").put("name", "年末项目").put("category", "goods").put("budgetAmount", 200)
                .put("method", "publicTender").put("intentPublishedOn", "2026-09-01").put("procurementStartedOn", "2026-10-12")
                .put("awardNoticeOn", "2026-12-10");
        Path file = dir.resolve("year-end-2026.json");
        Files.writeString(file, JSON.writeValueAsString(root));
        return file;
    }
}
