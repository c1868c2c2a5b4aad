package cn.selfeval.checks.kinds;

import static cn.selfeval.checks.kinds.KindPack.assertOutcome;
import static cn.selfeval.checks.kinds.KindPack.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kind: deadline, on its own: calendar days with the roll-over (民法典 第二百零三条) and working days, the last day,
 * one day late, the act still missing at the year's end, the event not yet happened, days beyond the working-day
 * calendar (said so, never guessed), the attribution of a deadline to the year its last day falls in, and a case
 * (豁免) deciding first. Every fact gets exactly one outcome.
 */
class DeadlineCheckTest {

    @TempDir
    Path temp;

    private static final String PARAMS = """
            t.days:
              label: 签订期限
              unit: 日
              values: { 2018-01-01: { value: 30, source: { kind: default, note: 测试 } } }
            t.deduct:
              label: 每项扣分
              unit: 分/项
              values: { 2018-01-01: { value: 0.5, source: { kind: default, note: 测试 } } }
            """;

    private static final String FILING_PARAMS = PARAMS.replace("t.days:", "t.working_days:").replace("签订期限", "备案期限")
            .replace("value: 30", "value: 7").replace("unit: 日", "unit: 工作日");

    private static final String NOT_STARTED = """
                  notStarted:
                    rule: 尚未发出通知书
                    message: 项目{id}尚未发出中标通知书，不检查签订期限。
            """;

    private static final String UNDETERMINED = """
                  undetermined:
                    rule: 签订期限无法判定
                    message: 项目{id}：{calendarNote}。
            """;

    /** 30 calendar days from the award notice to the signing, with an exemption case. */
    private static String signing(String extraOutcomes) {
        return """
                checks:
                  - name: 合同签订时效
                    kind: deadline
                    indicator: C1
                    facts: procurementProjects
                    basis: [预算法 第十四条]
                    improvement: 按期签订合同。
                    from: awardNoticeOn
                    to: contractSignedOn
                    within: { days: t.days }
                    deduct: t.deduct
                    deadlineLabel: 签订期限届满日
                    cases:
                      - rule: 涉密采购不检查签订期限
                        when: { outsideProcurementLaw: true }
                        status: exempt
                        message: 项目{id}：{exemption}，不检查。
                    outcomes:
                      late:
                        rule: 逾期签订
                        message: 项目{id}：{awardNoticeOn}发出通知书，{contractSignedOn}签订，最迟{deadline}[[（{rollOver}）]]，逾期{daysLate}日。
                      onTime:
                        rule: 按期签订
                        message: 项目{id}：{contractSignedOn}签订，最迟{deadline}[[（{rollOver}）]]。
                      missing:
                        rule: 年末仍未签订
                        message: 项目{id}：签订期限{deadline}已过，至{evaluationYear}年末仍未签订。
                      notYetDue:
                        rule: 签订期限跨入下一年度
                        message: 项目{id}：签订期限{deadline}在{evaluationYear}年度之后，本年度不检查。
                """ + extraOutcomes;
    }

    /** 7 working days from the signing to the filing. */
    private static final String FILING = """
            checks:
              - name: 合同备案时效
                kind: deadline
                indicator: C2
                facts: procurementProjects
                basis: [预算法 第十四条]
                improvement: 按期备案。
                from: contractSignedOn
                to: contractFiledOn
                within: { workingDays: t.working_days }
                deduct: t.deduct
                outcomes:
                  late:
                    rule: 逾期备案
                    message: 项目{id}：{contractSignedOn}签订，{contractFiledOn}备案，用了{workingDaysTaken}个工作日，超过{days}个工作日（最迟{deadline}），逾期{daysLate}日。
                  onTime:
                    rule: 按期备案
                    message: 项目{id}：{contractFiledOn}备案，用了{workingDaysTaken}个工作日（最迟{deadline}）。
                  missing:
                    rule: 年末仍未备案
                    message: 项目{id}：备案期限{deadline}已过，未备案。
                  notYetDue:
                    rule: 备案期限跨入下一年度
                    message: 项目{id}：备案期限{deadline}在{evaluationYear}年度之后。
            """;

    private static String project(int year, String dates) {
        return "{\"year\": " + year + ", \"procurementProjects\": [{\"id\": \"P1\", \"name\": \"物业服务\", \"category\": "
                + "\"services\", \"budgetAmount\": 80, \"method\": \"competitiveConsultation\"" + dates + "}]}";
    }

    private static String signed(String notice, String signed) {
        return ", \"awardNoticeOn\": \"" + notice + "\"" + (signed == null ? "" : ", \"contractSignedOn\": \"" + signed + "\"");
    }

    private CheckOutcome signingIn(int year, String dates) {
        return only(KindPack.with(temp, signing(NOT_STARTED + UNDETERMINED), PARAMS, "2022, 2023, 2024, 2027")
                .check(project(year, dates)));
    }

    @Test
    void theChecksAreValid() {
        assertEquals("", KindPack.with(temp, signing(NOT_STARTED + UNDETERMINED), PARAMS).validate());
        assertEquals("", KindPack.with(temp, FILING, FILING_PARAMS).validate());
    }

    @Test
    void signedWellWithinThePeriodIsOnTime() {
        assertOutcome("按期签订", OutcomeStatus.PASSED, "0", "项目P1：2023-03-20签订，最迟2023-03-31。",
                signingIn(2023, signed("2023-03-01", "2023-03-20")));
    }

    @Test
    void theLastDayIsStillOnTimeAndTheDayAfterIsOneDayLate() {
        assertOutcome("按期签订", OutcomeStatus.PASSED, "0", "项目P1：2023-03-31签订，最迟2023-03-31。",
                signingIn(2023, signed("2023-03-01", "2023-03-31")));
        assertOutcome("逾期签订", OutcomeStatus.DEDUCTED, "0.5",
                "项目P1：2023-03-01发出通知书，2023-04-01签订，最迟2023-03-31，逾期1日。",
                signingIn(2023, signed("2023-03-01", "2023-04-01")));
    }

    @Test
    void aLastDayInAHolidayRollsOverToTheDayAfterTheHoliday() {
        String rolled = "第30日2023-10-04为中秋节、国庆节假期，顺延至休假日结束的次日2023-10-07";
        assertOutcome("按期签订", OutcomeStatus.PASSED, "0", "项目P1：2023-10-07签订，最迟2023-10-07（" + rolled + "）。",
                signingIn(2023, signed("2023-09-04", "2023-10-07")));
        assertOutcome("逾期签订", OutcomeStatus.DEDUCTED, "0.5",
                "项目P1：2023-09-04发出通知书，2023-10-09签订，最迟2023-10-07（" + rolled + "），逾期2日。",
                signingIn(2023, signed("2023-09-04", "2023-10-09")));
    }

    @Test
    void aLastDayOnAWeekendRollsOverButNotOnAnAdjustedWorkingSaturday() {
        assertOutcome("按期签订", OutcomeStatus.PASSED, "0",
                "项目P1：2023-03-13签订，最迟2023-03-13（第30日2023-03-11为星期六（休息日），顺延至休假日结束的次日2023-03-13）。",
                signingIn(2023, signed("2023-02-09", "2023-03-13")));
        assertOutcome("逾期签订", OutcomeStatus.DEDUCTED, "0.5",
                "项目P1：2023-09-07发出通知书，2023-10-08签订，最迟2023-10-07（第30日2023-10-07为星期六，"
                        + "是中秋节、国庆节的调休上班日，期限不顺延），逾期1日。",
                signingIn(2023, signed("2023-09-07", "2023-10-08")));
    }

    @Test
    void workingDaysSkipTheHolidayAndCountTheAdjustedWorkingWeekend() {
        // 2023-09-28 (1), holiday 09-29…10-06, 10-07 and 10-08 调休上班 (2, 3), 10-09 … 10-12 (4 … 7).
        KindPack pack = KindPack.with(temp, FILING, FILING_PARAMS);
        assertOutcome("按期备案", OutcomeStatus.PASSED, "0", "项目P1：2023-10-12备案，用了7个工作日（最迟2023-10-12）。",
                only(pack.check(project(2023, ", \"awardNoticeOn\": \"2023-09-20\", \"contractSignedOn\": \"2023-09-27\", \"contractFiledOn\": \"2023-10-12\""))));
        assertOutcome("逾期备案", OutcomeStatus.DEDUCTED, "0.5",
                "项目P1：2023-09-27签订，2023-10-13备案，用了8个工作日，超过7个工作日（最迟2023-10-12），逾期1日。",
                only(pack.check(project(2023, ", \"awardNoticeOn\": \"2023-09-20\", \"contractSignedOn\": \"2023-09-27\", \"contractFiledOn\": \"2023-10-13\""))));
    }

    @Test
    void notSignedByTheYearsEndAfterThePeriodRanOutIsDeducted() {
        assertOutcome("年末仍未签订", OutcomeStatus.DEDUCTED, "0.5", "项目P1：签订期限2023-12-01已过，至2023年末仍未签订。",
                signingIn(2023, signed("2023-11-01", null)));
    }

    @Test
    void aPeriodRunningIntoTheNextYearIsThatYearsWhetherDoneOrNot() {
        // Notice 2023-12-02: the 30th day 2024-01-01 is 元旦, the period ends 2024-01-02.
        String rolled = "（第30日2024-01-01为元旦假期，顺延至休假日结束的次日2024-01-02）";
        assertOutcome("签订期限跨入下一年度", OutcomeStatus.NOT_APPLICABLE, "0",
                "项目P1：签订期限2024-01-02在2023年度之后，本年度不检查。", signingIn(2023, signed("2023-12-02", null)));
        assertOutcome("签订期限跨入下一年度", OutcomeStatus.NOT_APPLICABLE, "0",
                "项目P1：签订期限2024-01-02在2023年度之后，本年度不检查。", signingIn(2023, signed("2023-12-02", "2024-01-03")));
        assertOutcome("逾期签订", OutcomeStatus.DEDUCTED, "0.5",
                "项目P1：2023-12-02发出通知书，2024-01-03签订，最迟2024-01-02" + rolled + "，逾期1日。",
                signingIn(2024, signed("2023-12-02", "2024-01-03")));
    }

    @Test
    void aPeriodThatRanOutInAnEarlierYearIsNotApplicableNamingItsYear() {
        assertOutcome("合同签订时效：不属于评价年度", OutcomeStatus.NOT_APPLICABLE, "0",
                "采购项目P1「物业服务」：签订期限届满日2022-03-31，属于2022年度，在该年度评价，本年度（2023）不适用。",
                signingIn(2023, signed("2022-03-01", "2022-05-01")));
        assertOutcome("合同签订时效：不属于评价年度", OutcomeStatus.NOT_APPLICABLE, "0",
                "采购项目P1「物业服务」：签订期限届满日2022-03-31，属于2022年度，在该年度评价，本年度（2023）不适用。",
                signingIn(2023, signed("2022-03-01", null)));
        assertOutcome("逾期签订", OutcomeStatus.DEDUCTED, "0.5",
                "项目P1：2022-03-01发出通知书，2022-05-01签订，最迟2022-03-31，逾期31日。",
                signingIn(2022, signed("2022-03-01", "2022-05-01")));
    }

    @Test
    void withoutTheTriggeringDateThePeriodHasNotStarted() {
        assertOutcome("尚未发出通知书", OutcomeStatus.NOT_APPLICABLE, "0", "项目P1尚未发出中标通知书，不检查签订期限。",
                signingIn(2023, ""));
    }

    @Test
    void daysBeyondTheCalendarAreUndeterminedAndSaySoUnlessTheAnswerIsCertain() {
        // 2027 is not in the calendar: the 30th day 2027-03-31 may be a rest day and roll over.
        assertOutcome("签订期限无法判定", OutcomeStatus.UNDETERMINED, "0",
                "项目P1：工作日历只覆盖2020-01-01至2026-12-31，无法判定2027-03-31是否为工作日。",
                signingIn(2027, signed("2027-03-01", "2027-04-02")));
        assertOutcome("签订期限无法判定", OutcomeStatus.UNDETERMINED, "0",
                "项目P1：工作日历只覆盖2020-01-01至2026-12-31，无法判定2027-03-31是否为工作日。",
                signingIn(2027, signed("2027-03-01", null)));
        assertOutcome("按期签订", OutcomeStatus.PASSED, "0", "项目P1：2027-03-31签订，最迟不早于2027-03-31。",
                signingIn(2027, signed("2027-03-01", "2027-03-31")));
    }

    @Test
    void aCaseDecidesBeforeTheKind() {
        assertOutcome("涉密采购不检查签订期限", OutcomeStatus.EXEMPT, "0", "项目P1：涉密采购（政府采购法第85条）：测试，不检查。",
                signingIn(2023, signed("2023-03-01", "2023-06-01")
                        + ", \"exemption\": {\"type\": \"classified\", \"reason\": \"测试\"}"));
    }

    @Test
    void withoutItsOwnTextsTheKindStillSaysWhyForAMissingEventOrABeyondTheCalendarDay() {
        KindPack pack = KindPack.with(temp, signing(""), PARAMS, "2023, 2027");
        assertOutcome("合同签订时效：尚未开始", OutcomeStatus.NOT_APPLICABLE, "0",
                "采购项目P1「物业服务」：中标（成交）通知书日期未填，期限尚未开始，本年度不检查。",
                only(pack.check(project(2023, ""))));
        assertOutcome("合同签订时效：期限无法判定", OutcomeStatus.UNDETERMINED, "0",
                "采购项目P1「物业服务」：工作日历只覆盖2020-01-01至2026-12-31，无法判定2027-03-31是否为工作日，"
                        + "签订期限届满日无法确定，无法判定，请评审人员核定。",
                only(pack.check(project(2027, signed("2027-03-01", "2027-04-02")))));
    }

    @Test
    void aDeadlineTheFrameworkGivesNoPointsIsNotedAndNeverChangesTheScore() {
        String noted = signing("").replace("    deduct: t.deduct\n", "").replace("""
                      late:
                        rule: 逾期签订
                """, """
                      late:
                        rule: 逾期签订
                        status: noted
                """).replace("""
                      missing:
                        rule: 年末仍未签订
                """, """
                      missing:
                        rule: 年末仍未签订
                        status: noted
                """);
        KindPack pack = KindPack.with(temp, noted, PARAMS.substring(0, PARAMS.indexOf("t.deduct:")));
        assertEquals("", pack.validate());
        String late = project(2023, signed("2023-03-01", "2023-04-01"));
        assertOutcome("逾期签订", OutcomeStatus.NOTED, "0", "项目P1：2023-03-01发出通知书，2023-04-01签订，最迟2023-03-31，逾期1日。",
                only(pack.check(late)));
        assertEquals(0, new BigDecimal("6").compareTo(pack.score(late, "C1")));
        assertOutcome("年末仍未签订", OutcomeStatus.NOTED, "0", "项目P1：签订期限2023-12-01已过，至2023年末仍未签订。",
                only(pack.check(project(2023, signed("2023-11-01", null)))));
    }

    @Test
    void validateRequiresEveryOutcomeTheKindDecides() {
        String checks = signing("").replace("""
                      missing:
                        rule: 年末仍未签订
                        message: 项目{id}：签订期限{deadline}已过，至{evaluationYear}年末仍未签订。
                """, "");
        String findings = KindPack.with(temp, checks, PARAMS).validate();
        assertTrue(findings.contains("deadline 检查「合同签订时效」缺少 outcomes.missing（每个事实都要有结果）"), findings);
    }
}
