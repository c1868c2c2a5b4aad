package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.web.upload.Upload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The limits on checking: time per check and checks waiting at once. */
class ChecksTest {

    static Upload lihu() throws Exception {
        return new Upload("lihu-2023.json", Files.readAllBytes(Path.of("fixtures/lihu-2023.json")));
    }

    @Test
    void aWorkbookAndItsJsonTwinGiveTheSameScoreCard() throws Exception {
        try (Checks checks = new Checks(TestServers.shared().packs(), TestServers.LIMITS)) {
            UnitResult json = checks.check(lihu(), null);
            UnitResult xlsx = checks.check(new Upload("lihu-2023.xlsx", Files.readAllBytes(Path.of("fixtures/lihu-2023.xlsx"))), null);
            assertTrue(xlsx.ok(), xlsx.messages().toString());
            assertEquals(json.card().summary(), xlsx.card().summary());
            assertSameOutcomes(withoutLocations(json.card()), withoutLocations(xlsx.card()));
            assertEquals(json.card().selfScoreAudit().toString(), xlsx.card().selfScoreAudit().toString());
        }
    }

    /**
     * The same outcomes in the same order; only a list not filled in is named as each form names it: the JSON by its
     * path (management.officialReceptions), the workbook by its sheet (工作表“公务接待”).
     */
    private static void assertSameOutcomes(List<cn.selfeval.engine.CheckOutcome> json, List<cn.selfeval.engine.CheckOutcome> xlsx) {
        assertEquals(json.size(), xlsx.size());
        for (int i = 0; i < json.size(); i++) {
            cn.selfeval.engine.CheckOutcome a = json.get(i);
            cn.selfeval.engine.CheckOutcome b = xlsx.get(i);
            if (a.equals(b)) {
                continue;
            }
            assertEquals(List.of(a.ruleName(), a.factId(), a.status(), a.points()),
                    List.of(b.ruleName(), b.factId(), b.status(), b.points()));
            assertTrue(a.explanation().contains("未填报 management.") && b.explanation().contains("未填报 工作表“"),
                    a.explanation() + "\n" + b.explanation());
        }
    }

    /** Every outcome of a card, without where its fact was filled in (a workbook's row, a JSON path). */
    static java.util.List<cn.selfeval.engine.CheckOutcome> withoutLocations(cn.selfeval.scoring.ScoreCard card) {
        return card.flatten().flatMap(i -> i.outcomes().stream()).map(o -> o.withLocation(null)).toList();
    }

    @Test
    void aCheckOverItsTimeIsNotWaitedForAndSaysItRunsOn() throws Exception {
        // 5,000 projects take some 100 ms even warm: never done at the instant the time limit of zero is looked at.
        Upload large = new Upload("large.json", cn.selfeval.bench.CheckBenchmark.withProjects(lihu().bytes(), 5000));
        try (Checks checks = new Checks(TestServers.shared().packs(), TestServers.LIMITS.withCheckTimeout(Duration.ZERO))) {
            UnitResult result = checks.check(large, null);
            assertEquals(UnitResult.Status.TIMEOUT, result.status());
            assertTrue(result.messages().get(0).startsWith("检查超过 0 秒仍未完成，不再等待其结果（该次检查在服务后台运行到结束"),
                    result.messages().toString());
            assertFalse(result.messages().get(0).contains("已停止"), result.messages().toString());
        }
    }

    @Test
    void checksBeyondTheQueueAreAnsweredBusy() throws Exception {
        Limits one = Limits.defaults().withMaxFileBytes(Limits.MIB).withMaxRequestBytes(Limits.MIB).withMaxFiles(10).withChecks(1, 1);
        Upload upload = lihu();
        try (Checks checks = new Checks(TestServers.shared().packs(), one)) {
            ExecutorService clients = Executors.newFixedThreadPool(12);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<UnitResult>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(clients.submit(() -> {
                    go.await();
                    return checks.check(upload, null);
                }));
            }
            go.countDown();
            int ok = 0;
            int busy = 0;
            for (Future<UnitResult> f : results) {
                UnitResult r = f.get();
                ok += r.ok() ? 1 : 0;
                busy += r.status() == UnitResult.Status.BUSY ? 1 : 0;
            }
            clients.shutdown();
            assertTrue(ok >= 1, "the first check runs");
            assertTrue(busy >= 1, "some are refused: " + ok + " checked");
            assertEquals(12, ok + busy);
        }
    }
}
