package cn.selfeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.report.JsonReport;
import cn.selfeval.report.ScoreCardDiff;
import cn.selfeval.store.Database;
import cn.selfeval.store.StoreException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The review store on SQLite and on a real PostgreSQL: the same tests for both. */
class RoundsTest {

    private static final String B54 = "B5.4|采购合同逾期签订|ZC2023-004";
    private static final Actor REVIEWER = Actor.local("10.0.0.7");

    @TempDir
    Path temp;

    private Rounds rounds(Database db) {
        return new Rounds(db, ReviewTesting.check(), Clock.systemUTC());
    }

    private static Round lihuRound(Rounds rounds) {
        return rounds.create("增城区2023年度部门整体支出绩效自评复核", 2023, "增城区", null, List.of(), REVIEWER);
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void anUploadIsAVersionWithTheCardAsCheckPrintsItAndTheSameBytesTwiceAreOneVersion(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            Rounds rounds = rounds(db);
            Round round = lihuRound(rounds);
            byte[] bytes = ReviewTesting.fixture("lihu-2023.json");
            UploadResult first = rounds.upload(round.id(), "lihu-2023.json", bytes, null, REVIEWER);
            assertFalse(first.duplicate());
            assertEquals("广州市增城区人民政府荔湖街道办事处", first.unitName());
            String expected = JsonReport.render(ReviewTesting.check().check("lihu-2023.json", bytes, null).card());
            Version stored = rounds.version(round.id(), first.unitId(), 1);
            assertEquals(expected, stored.cardJson());
            assertEquals(new String(bytes, StandardCharsets.UTF_8),
                    new String(rounds.submission(round.id(), stored.id()).orElseThrow(), StandardCharsets.UTF_8));

            UploadResult again = rounds.upload(round.id(), "副本.json", bytes, null, REVIEWER);
            assertTrue(again.duplicate());
            assertEquals(first.version().id(), again.version().id());
            UnitDetail unit = rounds.unit(round.id(), first.unitId());
            assertEquals(1, unit.versions().size());
            assertEquals(UnitStatus.CHECKED, unit.unit().status());
            assertEquals(0, new BigDecimal("94.70").compareTo(unit.unit().computed()));
            assertEquals(0, new BigDecimal("94.9").compareTo(unit.unit().selfScore()));
            assertEquals(0, unit.unit().computed().compareTo(unit.unit().reviewed()));
            List<AuditEntry> log = rounds.auditLog(round.id());
            assertEquals(List.of("建立轮次", "上传", "重复上传"), log.stream().map(AuditEntry::action).toList());
            assertTrue(log.get(2).detail().contains("字节相同，未建立新版本"), log.get(2).detail());
            assertEquals("本机用户", log.get(1).actor().name());
            assertEquals("10.0.0.7", log.get(1).actor().address());
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void aRefusedVersionIsKeptWithItsDataErrors(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            Rounds rounds = rounds(db);
            Round round = lihuRound(rounds);
            UploadResult refused = rounds.upload(round.id(), "invalid-2023.json", ReviewTesting.fixture("invalid-2023.json"),
                    null, REVIEWER);
            assertFalse(refused.version().checked());
            assertEquals("invalid-submission", refused.version().refusal());
            assertNotNull(refused.unitId(), "the unit is named by the JSON's unit.name even when the data are wrong");
            UnitDetail unit = rounds.unit(round.id(), refused.unitId());
            assertEquals(UnitStatus.PENDING, unit.unit().status());
            assertTrue(unit.versions().get(0).problems().stream().anyMatch(p -> p.contains("invalid-2023.json")),
                    unit.versions().get(0).problems().toString());
            UploadResult notJson = rounds.upload(round.id(), "乱码.json", "{不是".getBytes(StandardCharsets.UTF_8), null, REVIEWER);
            assertNull(notJson.unitId());
            assertEquals(1, rounds.round(round.id()).unmatched().size());
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void overturningADeductionRaisesTheReviewedScoreAndASecondReviewerIsToldAboutTheFirst(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            Rounds rounds = rounds(db);
            Round round = lihuRound(rounds);
            String unit = rounds.upload(round.id(), "lihu.json", ReviewTesting.fixture("lihu-2023.json"), null, REVIEWER).unitId();
            OutcomeReview b54 = rounds.unit(round.id(), unit).review().outcome(B54).orElseThrow();
            assertEquals(0, new BigDecimal("0.5").compareTo(b54.rulePoints()));

            Decision overturn = rounds.decide(round.id(), unit, new DecisionRequest(B54, "overturn", null,
                    "国庆假期顺延后应为10月9日，未逾期", null, null, null), REVIEWER);
            UnitDetail after = rounds.unit(round.id(), unit);
            assertEquals(UnitStatus.REVIEWING, after.unit().status());
            assertEquals(0, new BigDecimal("95.20").compareTo(after.unit().reviewed()));
            assertEquals(0, new BigDecimal("94.70").compareTo(after.unit().computed()));
            IndicatorReview leaf = after.review().indicators().stream().filter(i -> i.code().equals("B5.4")).findFirst().orElseThrow();
            assertEquals(0, new BigDecimal("2.5").compareTo(leaf.reviewed()));
            assertEquals(0, new BigDecimal("2").compareTo(leaf.computed()));

            ReviewException second = assertThrows(ReviewException.class, () -> rounds.decide(round.id(), unit,
                    new DecisionRequest(B54, "confirm", null, "维持扣分", null, null, null), Actor.local("10.0.0.8")));
            assertEquals(409, second.status());
            assertTrue(second.getMessage().contains("撤销") && second.getMessage().contains(overturn.id())
                    && second.getMessage().contains("10.0.0.7"), second.getMessage());

            Decision adjust = rounds.decide(round.id(), unit, new DecisionRequest(B54, "adjust", new BigDecimal("0.25"),
                    "逾期天数按工作日计", null, null, overturn.id()), Actor.local("10.0.0.8"));
            assertEquals(2, adjust.step());
            assertEquals(0, new BigDecimal("94.95").compareTo(rounds.unit(round.id(), unit).unit().reviewed()));

            ReviewException tooMuch = assertThrows(ReviewException.class, () -> rounds.decide(round.id(), unit,
                    new DecisionRequest(B54, "adjust", new BigDecimal("3.5"), "x", null, null, adjust.id()), REVIEWER));
            assertEquals(400, tooMuch.status());
            assertTrue(tooMuch.getMessage().contains("0 到 3"), tooMuch.getMessage());
            ReviewException noReason = assertThrows(ReviewException.class, () -> rounds.decide(round.id(), unit,
                    new DecisionRequest(B54, "confirm", null, " ", null, null, adjust.id()), REVIEWER));
            assertTrue(noReason.getMessage().contains("reason"), noReason.getMessage());

            ReviewException noBasis = assertThrows(ReviewException.class, () -> rounds.decide(round.id(), unit,
                    new DecisionRequest(null, "add", new BigDecimal("1"), "采购文件未存档", null, "B5.3", null), REVIEWER));
            assertTrue(noBasis.getMessage().contains("依据"), noBasis.getMessage());
            rounds.decide(round.id(), unit, new DecisionRequest(null, "add", new BigDecimal("1"), "采购文件未存档",
                    "《政府采购法》第四十二条", "B5.3", null), REVIEWER);
            UnitDetail withManual = rounds.unit(round.id(), unit);
            assertEquals(1, withManual.review().manual().size());
            assertEquals(0, new BigDecimal("93.95").compareTo(withManual.unit().reviewed()));
            assertEquals(3, withManual.history().size());
            assertEquals(List.of("建立轮次", "上传", "复核决定", "未记录（冲突）", "复核决定", "复核决定"),
                    rounds.auditLog(round.id()).stream().map(AuditEntry::action).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void decisionsCarryOverToANewVersionAndOneWhoseOutcomeIsGoneNoLongerApplies(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            Rounds rounds = rounds(db);
            Round round = lihuRound(rounds);
            String lihu = new String(ReviewTesting.fixture("lihu-2023.json"), StandardCharsets.UTF_8);
            String unit = rounds.upload(round.id(), "v1.json", lihu.getBytes(StandardCharsets.UTF_8), null, REVIEWER).unitId();
            Decision confirm = rounds.decide(round.id(), unit, new DecisionRequest(B54, "confirm", null, "逾期属实", null, null, null), REVIEWER);

            rounds.upload(round.id(), "v2.json", (lihu + "\n").getBytes(StandardCharsets.UTF_8), null, REVIEWER);
            UnitDetail v2 = rounds.unit(round.id(), unit);
            assertEquals(2, v2.current().number());
            assertEquals(confirm.id(), v2.review().outcome(B54).orElseThrow().decision().id());
            assertEquals(UnitStatus.CHECKED, v2.unit().status(), "a decision carried over is not yet a review of the new version");
            assertTrue(rounds.diff(round.id(), unit, 1, 2).unchanged());

            String corrected = lihu.replace("\"contractSignedOn\": \"2023-10-09\"", "\"contractSignedOn\": \"2023-10-07\"");
            rounds.upload(round.id(), "v3.json", corrected.getBytes(StandardCharsets.UTF_8), null, REVIEWER);
            UnitDetail v3 = rounds.unit(round.id(), unit);
            assertTrue(v3.review().outcome(B54).isEmpty());
            assertEquals(List.of(confirm.id()), v3.review().notApplicable().stream().map(Decision::id).toList());
            ScoreCardDiff diff = rounds.diff(round.id(), unit, 2, 3);
            assertEquals(1, diff.removedDeductions().size());
            assertEquals("ZC2023-004", diff.removedDeductions().get(0).factId());
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void publishingFreezesTheReviewedScoreUntilANewVersionStartsANewReview(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            Rounds rounds = rounds(db);
            Round round = rounds.create("复核", 2023, "广州市增城区", null, List.of("广州市增城区人民政府荔湖街道办事处", "广州市增城区人民政府荔城街道办事处"), REVIEWER);
            assertEquals(2, rounds.round(round.id()).progress().units());
            String lihu = new String(ReviewTesting.fixture("lihu-2023.json"), StandardCharsets.UTF_8);
            String unit = rounds.upload(round.id(), "lihu.json", lihu.getBytes(StandardCharsets.UTF_8), null, REVIEWER).unitId();
            rounds.decide(round.id(), unit, new DecisionRequest(B54, "overturn", null, "未逾期", null, null, null), REVIEWER);
            Publication published = rounds.publish(round.id(), unit, REVIEWER);
            assertEquals(0, new BigDecimal("95.20").compareTo(published.reviewed()));
            assertEquals(UnitStatus.PUBLISHED, rounds.unit(round.id(), unit).unit().status());
            RoundView.Progress progress = rounds.round(round.id()).progress();
            assertEquals(List.of(2, 1, 1, 1, 1), List.of(progress.units(), progress.submitted(), progress.checked(),
                    progress.reviewed(), progress.published()));

            ReviewException frozen = assertThrows(ReviewException.class, () -> rounds.decide(round.id(), unit,
                    new DecisionRequest(B54, "confirm", null, "x", null, null, null), REVIEWER));
            assertEquals(409, frozen.status());
            assertTrue(frozen.getMessage().contains("已发布"), frozen.getMessage());
            assertEquals(409, assertThrows(ReviewException.class, () -> rounds.publish(round.id(), unit, REVIEWER)).status());

            rounds.upload(round.id(), "lihu-v2.json", (lihu + " ").getBytes(StandardCharsets.UTF_8), null, REVIEWER);
            UnitDetail again = rounds.unit(round.id(), unit);
            assertEquals(UnitStatus.CHECKED, again.unit().status());
            assertEquals(1, again.publications().size());
            assertEquals(0, new BigDecimal("95.20").compareTo(again.unit().reviewed()), "the overturn carries over");
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void aSubmissionOfAnotherYearIsKeptButNotFiledAsThisRounds(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            Rounds rounds = rounds(db);
            Round round = lihuRound(rounds);
            UploadResult other = rounds.upload(round.id(), "licheng-2021.json", ReviewTesting.fixture("licheng-2021.json"), null, REVIEWER);
            assertFalse(other.version().checked());
            assertEquals("wrong-round", other.version().refusal());
            assertTrue(other.version().problems().get(0).contains("2021"), other.version().problems().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void aSchemaNewerThanTheProgramIsRefused(ReviewTesting.Kind kind) {
        Path dir = temp.resolve("newer");
        String url = kind == ReviewTesting.Kind.SQLITE ? null : ReviewTesting.newPostgresUrl();
        try (Database db = url == null ? Database.sqlite(dir) : Database.postgresql(url)) {
            assertEquals("2", db.schemaVersion(), "the newest migration the program has");
            db.jdbi().useHandle(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', 0, " + (url == null ? "1" : "true") + ")"));
        }
        StoreException e = assertThrows(StoreException.class,
                () -> (url == null ? Database.sqlite(dir) : Database.postgresql(url)).close());
        assertTrue(e.getMessage().contains("结构版本为 99") && e.getMessage().contains("比本程序认识的 2 新"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = ReviewTesting.Kind.class, names = "SQLITE")
    void sqliteRunsWithAWriteAheadLogForeignKeysAndABusyTimeout(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            assertEquals("wal", db.jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
            assertEquals(Integer.valueOf(1), db.jdbi().withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()));
            assertEquals(Integer.valueOf(30000), db.jdbi().withHandle(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()));
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewTesting.Kind.class)
    void twoServersOnOneDatabaseEachSeeTheOthersDecisionsAndPublicationsInTheRound(ReviewTesting.Kind kind) {
        try (Database db = ReviewTesting.open(kind, temp)) {
            Rounds first = rounds(db);
            Rounds second = rounds(db);
            Round round = lihuRound(first);
            String unit = first.upload(round.id(), "lihu-2023.json", ReviewTesting.fixture("lihu-2023.json"), null, REVIEWER)
                    .unitId();
            UnitSummary before = first.round(round.id()).units().get(0);
            assertEquals(UnitStatus.CHECKED, before.status());
            assertEquals(0, new BigDecimal("94.7").compareTo(before.reviewed()));

            second.decide(round.id(), unit, new DecisionRequest(B54, "overturn", null, "顺延后未逾期", null, null, null), REVIEWER);
            UnitSummary decided = first.round(round.id()).units().get(0);
            assertEquals(UnitStatus.REVIEWING, decided.status(), "the first server's round line follows the second's decision");
            assertEquals(0, new BigDecimal("95.2").compareTo(decided.reviewed()));
            assertEquals("94.7→95.2", before.reviewed().stripTrailingZeros().toPlainString() + "→"
                    + decided.reviewed().stripTrailingZeros().toPlainString());

            second.publish(round.id(), unit, REVIEWER);
            assertEquals(UnitStatus.PUBLISHED, first.round(round.id()).units().get(0).status());
            assertEquals(1, first.round(round.id()).progress().published());
        }
    }
}
