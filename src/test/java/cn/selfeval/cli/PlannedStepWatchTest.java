package cn.selfeval.cli;

import static cn.selfeval.cli.CliRun.selfeval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import cn.selfeval.testing.FileTrees;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planned steps (plannedProcurementStartOn): the procurement intent due 30 days before the planned start in the text,
 * JSON and iCalendar lists; the year-end card unchanged by a planned date; the workbook column both ways; the pack's
 * {@code watch: before} entry validated with file and line.
 */
class PlannedStepWatchTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    @Test
    void aPlannedStartListsTheIntentDueThirtyDaysBeforeInTextJsonAndCalendar() throws IOException {
        Path submission = lihuWithPlannedProject();

        CliRun.Run text = selfeval("watch", submission.toString(), "--as-of", "2023-09-20");
        assertEquals(ExitCode.OK, text.exit(), text.out() + text.err());
        assertTrue(text.out().contains("即将到期（3 项）"), text.out());
        assertTrue(text.out().contains("  【还有 11 日（2023-10-01 到期，其间 6 个工作日）】B5.1.2 采购意向公开及时性：采购项目 ZC2023-009「物业管理服务」——公开采购意向\n"
                + "        计划采购活动开始日期2023-10-31，尚未公开采购意向，期限2023-10-01（采购活动开始前30日，不顺延）。\n"), text.out());
        assertTrue(text.out().contains("要求：不晚于采购活动开始前30日（2023-10-01）；前第30日2023-10-01为中秋节、国庆节假期，倒算的期限不顺延"
                + "（休息日不办理的，须在此前最后一个工作日2023-09-28完成）"), text.out());
        assertTrue(text.out().contains("后果：逾期完成、仍按计划日期开始记为「采购意向公开晚于规定时间」，扣 0.5 分（B5.1.2 扣完为止）"), text.out());

        CliRun.Run json = selfeval("watch", submission.toString(), "--as-of", "2023-09-20", "--format", "json");
        JsonNode item = item(JSON.readTree(json.out()), "ZC2023-009");
        assertEquals("dueSoon", item.path("status").asText());
        assertEquals("before", item.path("counting").asText());
        assertTrue(item.path("planned").asBoolean());
        assertEquals("计划采购活动开始日期", item.path("startLabel").asText());
        assertEquals("2023-10-31", item.path("startedOn").asText());
        assertEquals("2023-10-01", item.path("dueOn").asText());
        assertEquals(11, item.path("daysLeft").asInt());
        assertEquals(6, item.path("workingDaysLeft").asInt());
        assertEquals(0, item.path("pointsAtStake").decimalValue().compareTo(new java.math.BigDecimal("0.5")));
        assertEquals("after", item(JSON.readTree(json.out()), "ZC2023-004").path("counting").asText());

        Path ics = dir.resolve("预警.ics");
        assertEquals(ExitCode.OK, selfeval("watch", submission.toString(), "--as-of", "2023-09-20", "--format", "ics",
                "-o", ics.toString()).exit());
        ICalendar calendar = Biweekly.parse(Files.readString(ics, StandardCharsets.UTF_8)).first();
        VEvent intent = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().contains("ZC2023-009"))
                .findFirst().orElseThrow();
        assertEquals("【到期】公开采购意向：采购项目 ZC2023-009「物业管理服务」", intent.getSummary().getValue());
        assertFalse(intent.getDateStart().getValue().hasTime(), "an all-day event");
        assertEquals(LocalDate.of(2023, 10, 1), day(intent.getDateStart().getValue()));
        assertEquals(LocalDate.of(2023, 10, 2), day(intent.getDateEnd().getValue()));
        assertTrue(intent.getDescription().getValue().contains("要求：不晚于采购活动开始前30日（2023-10-01）"),
                intent.getDescription().getValue());
        assertEquals(1, intent.getAlarms().size());
    }

    @Test
    void theRealStartSupersedesThePlanAndAPublicationTooLateForThePlanSaysHowLongToPostpone() throws IOException {
        Path submission = lihuWithPlannedProject();
        ObjectNode root = (ObjectNode) JSON.readTree(submission.toFile());
        ObjectNode project = (ObjectNode) root.path("procurementProjects").get(root.path("procurementProjects").size() - 1);
        project.put("intentPublishedOn", "2023-10-09");
        Files.writeString(submission, JSON.writeValueAsString(root));

        CliRun.Run late = selfeval("watch", submission.toString(), "--as-of", "2023-10-10");
        assertEquals(ExitCode.OVERDUE, late.exit(), late.out() + late.err());
        assertTrue(late.out().contains("【2023-10-09 完成，晚于期限 8 日（期限 2023-10-01）】B5.1.2 采购意向公开及时性：采购项目 ZC2023-009"),
                late.out());
        assertTrue(late.out().contains("后果：采购活动开始推迟至2023-11-08或以后则按时"), late.out());

        project.put("procurementStartedOn", "2023-11-08");
        Files.writeString(submission, JSON.writeValueAsString(root));
        CliRun.Run started = selfeval("watch", submission.toString(), "--as-of", "2023-11-10", "--details",
                "--format", "json");
        JsonNode item = item(JSON.readTree(started.out()), "ZC2023-009");
        assertEquals("doneOnTime", item.path("status").asText());
        assertFalse(item.path("planned").asBoolean());
        assertEquals("采购活动开始日期", item.path("startLabel").asText());
        assertEquals("2023-10-09", item.path("dueOn").asText());
    }

    @Test
    void aPlannedDateNeverChangesTheYearEndCard() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of("fixtures/lihu-2023.json").toFile());
        String[] planned = {"2023-01-01", "2023-12-31", "2024-03-01", "2022-06-30"};
        int n = 0;
        for (JsonNode project : root.path("procurementProjects")) {
            ((ObjectNode) project).put("plannedProcurementStartOn", planned[n++ % planned.length]);
        }
        Path withPlans = dir.resolve("lihu-planned.json");
        Files.writeString(withPlans, JSON.writeValueAsString(root));

        CliRun.Run plain = selfeval("check", "fixtures/lihu-2023.json", "--format", "json");
        CliRun.Run plans = selfeval("check", withPlans.toString(), "--format", "json");
        assertEquals(plain.exit(), plans.exit(), plans.err());
        ObjectNode a = (ObjectNode) JSON.readTree(plain.out()).path("scoreCard");
        ObjectNode b = (ObjectNode) JSON.readTree(plans.out()).path("scoreCard");
        for (ObjectNode card : List.of(a, b)) {
            card.remove(List.of("submissionFile", "submissionSha256"));
        }
        assertEquals(a, b, "only the submission's name and hash differ");
        assertTrue(a.path("summary").path("score").decimalValue().signum() > 0);
    }

    @Test
    void theWorkbookHasThePlannedStartColumnAndConvertsBothWays() throws IOException {
        Path template = dir.resolve("填报表.xlsx");
        assertEquals(ExitCode.OK, selfeval("template", "-o", template.toString()).exit());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template))) {
            Row header = book.getSheet("采购项目").getRow(cn.selfeval.input.workbook.Form.HEADER_ROW - 1);
            List<String> titles = new java.util.ArrayList<>();
            header.forEach(c -> titles.add(c.getStringCellValue()));
            // the last column: the columns of a template made before it keep their letters
            assertEquals("计划采购活动开始日期", titles.get(titles.size() - 1), titles.toString());
        }

        // A workbook made from a template older than the column lacks nothing the score needs: no warning about it.
        CliRun.Run old = selfeval("check", "fixtures/lihu-2023.xlsx");
        assertEquals(ExitCode.OK, old.exit(), old.err());
        assertFalse((old.out() + old.err()).contains("计划采购活动开始日期"), old.out() + old.err());

        Path json = lihuWithPlannedProject();
        Path xlsx = dir.resolve("荔湖.xlsx");
        Path back = dir.resolve("荔湖-back.json");
        assertEquals(ExitCode.OK, selfeval("convert", json.toString(), "-o", xlsx.toString()).exit());
        CliRun.Run converted = selfeval("convert", xlsx.toString(), "-o", back.toString());
        assertEquals(ExitCode.OK, converted.exit(), converted.err());
        Comparator<JsonNode> byValue = (x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1;
        assertTrue(JSON.readTree(json.toFile()).equals(byValue, JSON.readTree(back.toFile())), Files.readString(back));
        assertTrue(Files.readString(back).contains("\"plannedProcurementStartOn\" : \"2023-10-31\""), Files.readString(back));

        CliRun.Run watch = selfeval("watch", xlsx.toString(), "--as-of", "2023-09-20");
        int at = watch.out().indexOf("采购项目 ZC2023-009「物业管理服务」——公开采购意向");
        assertTrue(at > 0, watch.out());
        assertTrue(watch.out().substring(at).contains("填报位置：采购项目第"), watch.out());
    }

    @Test
    void aWatchBeforeEntryWrittenWrongIsReportedWithFileLineAndNearestSpelling() throws IOException {
        Path pack = FileTrees.shippedPack(dir.resolve("pack"));
        Path checks = pack.resolve("procurement/intent-timeliness.checks.yaml");
        String text = Files.readString(checks);
        int line = text.lines().toList().indexOf(text.lines().filter(l -> l.contains("before: { event:")).findFirst()
                .orElseThrow()) + 1;

        Files.writeString(checks, text.replace("planned: plannedProcurementStartOn", "planned: plannedProcurementStartedOn"));
        CliRun.Run field = selfeval("rules", "validate", pack.toString());
        assertEquals(ExitCode.FINDINGS, field.exit(), field.out());
        assertTrue(field.out().contains("intent-timeliness.checks.yaml:" + line + "：planned: plannedProcurementStartedOn "
                + "应为 procurementProjects 的日期字段（是不是 plannedProcurementStartOn？）"), field.out());

        Files.writeString(checks, text.replace("days: procurement.intent_timeliness.min_lead_days }",
                "dayz: procurement.intent_timeliness.min_lead_days }"));
        CliRun.Run key = selfeval("rules", "validate", pack.toString());
        assertTrue(key.out().contains("intent-timeliness.checks.yaml:" + line + "：watch 的 before中不认识的键 dayz（是不是 days？）"),
                key.out());

        Files.writeString(checks, text.replace("days: procurement.intent_timeliness.min_lead_days }",
                "days: procurement.intent_timeliness.min_lead_dayz }"));
        CliRun.Run parameter = selfeval("rules", "validate", pack.toString());
        assertTrue(parameter.out().contains("intent-timeliness.checks.yaml:" + line
                + "：参数 procurement.intent_timeliness.min_lead_dayz 未定义"), parameter.out());
        assertTrue(parameter.out().contains("（是不是 procurement.intent_timeliness.min_lead_days？）"), parameter.out());

        Files.writeString(checks, text.replace("      task: 公开采购意向\n", ""));
        CliRun.Run task = selfeval("rules", "validate", pack.toString());
        assertTrue(task.out().contains("：watch 的 before 须写 task（要做的事，如 公开采购意向）"), task.out());

        Path signing = pack.resolve("procurement/contract-signing.checks.yaml");
        Files.writeString(checks, text);
        String signingText = Files.readString(signing);
        Files.writeString(signing, signingText.replace("watch: { task: 签订采购合同 }",
                "watch: { task: 签订采购合同, done: contractSignedOn, before: { event: awardNoticeOn, planned: awardNoticeOn, days: procurement.contract_signing.max_days } }"));
        CliRun.Run deadline = selfeval("rules", "validate", pack.toString());
        assertTrue(deadline.out().contains("deadline 检查「采购合同签订时效」按它的期限（from 之后 within 内）预警，不写 watch 的 before、done"),
                deadline.out());

        Files.writeString(signing, signingText);
        assertEquals(ExitCode.OK, selfeval("rules", "validate", pack.toString()).exit());
    }

    @Test
    void aLeadTimeInWorkingDaysCountsWholeWorkingDaysBackAndSaysWhenTheCalendarEnds() throws IOException {
        Path pack = FileTrees.shippedPack(dir.resolve("pack"));
        Path checks = pack.resolve("procurement/intent-timeliness.checks.yaml");
        Files.writeString(checks, Files.readString(checks).replace("days: procurement.intent_timeliness.min_lead_days }",
                "workingDays: procurement.contract_filing.max_working_days }"));
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of("fixtures/lihu-2023.json").toFile());
        ((ArrayNode) root.path("procurementProjects")).addObject().put("id", "ZC2023-009").put("name", "物业管理服务")
                .put("category", "services").put("budgetAmount", 300).put("method", "publicTender")
                .put("plannedProcurementStartOn", "2023-10-10");
        Path submission = dir.resolve("working.json");
        Files.writeString(submission, JSON.writeValueAsString(root));

        // 7 working days before 2023-10-10: 10-09, 10-08, 10-07 (adjusted working days), 09-28, 09-27, 09-26, 09-25.
        CliRun.Run run = selfeval("watch", submission.toString(), "--as-of", "2023-09-20", "--pack", pack.toString(),
                "--format", "json");
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        JsonNode item = item(JSON.readTree(run.out()), "ZC2023-009");
        assertEquals("2023-09-24", item.path("dueOn").asText());
        assertEquals("dueSoon", item.path("status").asText());
        assertTrue(item.path("requirement").asText().startsWith("不晚于采购活动开始前7个工作日（2023-09-24）"), item.toString());

        root.put("year", 2026);
        ObjectNode project = (ObjectNode) root.path("procurementProjects").get(root.path("procurementProjects").size() - 1);
        project.put("plannedProcurementStartOn", "2027-01-20");
        ArrayNode only = JSON.createArrayNode().add(project);
        root.set("procurementProjects", only);
        Path beyond = dir.resolve("beyond.json");
        Files.writeString(beyond, JSON.writeValueAsString(root).replace("\"2023-", "\"2026-").replace("\"2022-", "\"2025-"));
        CliRun.Run uncovered = selfeval("watch", beyond.toString(), "--as-of", "2026-12-20", "--pack", pack.toString());
        assertTrue(uncovered.out().contains("【期限 不晚于2027-01-12，无法判定】B5.1.2 采购意向公开及时性：采购项目 ZC2023-009"),
                uncovered.out() + uncovered.err());
        assertTrue(uncovered.out().contains("工作日历：工作日历只覆盖2020-01-01至2026-12-31，无法判定2027-01-19是否为工作日"),
                uncovered.out());
    }

    private Path lihuWithPlannedProject() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of("fixtures/lihu-2023.json").toFile());
        ArrayNode projects = (ArrayNode) root.path("procurementProjects");
        projects.addObject().put("id", "ZC2023-009").put("name", "物业管理服务").put("category", "services")
                .put("budgetAmount", 300).put("method", "publicTender").put("plannedProcurementStartOn", "2023-10-31");
        Path file = dir.resolve("lihu-planned-" + System.nanoTime() + ".json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }

    /** The item of a project: its intent (B5.1.2), or for ZC2023-004 its contract signing (B5.4). */
    private static JsonNode item(JsonNode list, String factId) {
        String indicator = factId.equals("ZC2023-004") ? "B5.4" : "B5.1.2";
        for (JsonNode item : list.path("items")) {
            if (item.path("factId").asText().equals(factId) && item.path("indicatorCode").asText().equals(indicator)) {
                return item;
            }
        }
        throw new AssertionError("no item for " + factId + " in " + list);
    }

    private static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
