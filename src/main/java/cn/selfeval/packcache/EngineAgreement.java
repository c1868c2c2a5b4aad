package cn.selfeval.packcache;

import cn.selfeval.check.Checker;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.report.JsonReport;
import cn.selfeval.ruletest.CaseResult;
import cn.selfeval.ruletest.RuleTestRunner;
import cn.selfeval.rulepack.RulePackException;
import java.util.List;

/**
 * Whether rules read back from the cache behave exactly like the rules just built: the pack's whole test suite
 * runs on both, and every case must give the same score card (every outcome, explanation and point) and the
 * same failures. Only then is the stored copy trusted.
 */
final class EngineAgreement {

    /**
     * @param agree  whether both gave the same results
     * @param differ whether they were compared and differed (rather than could not be compared)
     * @param reason why they do not agree
     */
    record Verdict(boolean agree, boolean differ, String reason) {
    }

    private EngineAgreement() {
    }

    static Verdict compare(CompiledPack built, CompiledPack readBack) {
        List<CaseResult> expected;
        List<CaseResult> actual;
        try {
            expected = new RuleTestRunner(built.pack(), new Checker(built)).runAll();
            actual = new RuleTestRunner(readBack.pack(), new Checker(readBack)).runAll();
        } catch (RulePackException e) {
            return new Verdict(false, false, "规则包的测试无法运行，无法确认缓存的规则与新编译的一致：" + String.join("；", e.problems()));
        }
        if (expected.isEmpty()) {
            return new Verdict(false, false, "规则包没有测试用例，无法确认缓存的规则与新编译的一致");
        }
        for (int i = 0; i < expected.size(); i++) {
            CaseResult a = expected.get(i);
            CaseResult b = actual.get(i);
            if (!same(a, b)) {
                return new Verdict(false, true, "测试用例 " + built.pack().displayPath(a.file()) + "「" + a.caseName()
                        + "」在新编译的规则和从缓存读回的规则上结果不同");
            }
        }
        return new Verdict(true, false, null);
    }

    private static boolean same(CaseResult a, CaseResult b) {
        if (!a.failures().equals(b.failures()) || !a.outcomes().equals(b.outcomes())) {
            return false;
        }
        if (a.card() == null || b.card() == null) {
            return a.card() == b.card();
        }
        return JsonReport.render(a.card()).equals(JsonReport.render(b.card()));
    }
}
