package cn.selfeval.check;

import java.math.BigDecimal;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.engine.RuleEngine;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.model.Submission;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.scoring.Scorer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a submission, runs a compiled pack over it and scores the outcomes. */
public final class Checker {

    private final CompiledPack compiled;
    private final Map<String, BigDecimal> indicatorPoints = new LinkedHashMap<>();

    public Checker(RulePack pack) {
        this(RuleCompiler.compile(pack));
    }

    public Checker(CompiledPack compiled) {
        this.compiled = compiled;
        compiled.pack().framework().byCode().values()
                .forEach((Indicator i) -> indicatorPoints.put(i.code(), i.points()));
    }

    public CompiledPack compiled() {
        return compiled;
    }

    /** @throws cn.selfeval.input.InvalidSubmissionException when the file's data is wrong */
    public ScoreCard check(Path file) {
        return check(file.toString(), SubmissionReader.read(file, indicatorPoints));
    }

    /** Checks JSON text already in memory; {@code label} names it in problems and in the score card. */
    public ScoreCard check(String label, String json) {
        return check(label, SubmissionReader.read(label, json, indicatorPoints));
    }

    public ScoreCard check(String label, Submission submission) {
        List<CheckOutcome> outcomes = RuleEngine.run(compiled, submission);
        return Scorer.score(compiled, label, submission, outcomes);
    }
}
