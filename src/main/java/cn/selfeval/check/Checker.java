package cn.selfeval.check;

import java.math.BigDecimal;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.CompiledPack;
import cn.selfeval.engine.RuleCompiler;
import cn.selfeval.engine.RuleEngine;
import cn.selfeval.input.FactLocation;
import cn.selfeval.input.FactLocations;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.model.Submission;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.scoring.ScoreCard;
import cn.selfeval.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a submission, runs a compiled pack over it and scores the outcomes. */
public final class Checker {

    private final CompiledPack compiled;
    private final Map<String, BigDecimal> indicatorPoints = new LinkedHashMap<>();
    /** Rule name → the list its check examines, to locate an outcome about a list as a whole. */
    private final Map<String, String> listOfRule = new HashMap<>();

    public Checker(RulePack pack) {
        this(RuleCompiler.compile(pack));
    }

    public Checker(CompiledPack compiled) {
        this.compiled = compiled;
        compiled.pack().framework().byCode().values()
                .forEach((Indicator i) -> indicatorPoints.put(i.code(), i.points()));
        compiled.checks().forEach(check -> check.definition().outcomes()
                .forEach(outcome -> listOfRule.putIfAbsent(outcome.rule().name(), check.facts())));
    }

    public CompiledPack compiled() {
        return compiled;
    }

    /**
     * Reads the file once; the score card records the SHA-256 of exactly the bytes that were parsed.
     *
     * @throws cn.selfeval.input.InvalidSubmissionException when the file's data is wrong
     */
    public ScoreCard check(Path file) {
        return check(file.toString(), SubmissionReader.readBytes(file));
    }

    /**
     * A score card with where each fact was filled in (for a workbook: 采购项目第7行) and what the reader noticed
     * without refusing the file (a workbook's extra columns, hidden sheets), and the submission the card was
     * computed from (what the self-evaluation report takes its amounts and indicator targets from).
     */
    public record Result(ScoreCard card, FactLocations locations, List<String> warnings, Submission submission) {
    }

    /** Like {@link #check(Path)}, also telling where each fact was filled in. */
    public Result checkSource(Path file) {
        return check(SubmissionReader.parse(file.toString(), SubmissionReader.readBytes(file)));
    }

    /** Checks a file already parsed (e.g. to choose this checker by its year and district). */
    public Result check(SubmissionReader.Parsed parsed) {
        SubmissionReader.Read read = parsed.read(indicatorPoints);
        ScoreCard card = check(parsed.label(), read.submission(), read.locations()).withSubmissionSha256(sha256(parsed.bytes()));
        return new Result(card, read.locations(), read.warnings(), read.submission());
    }

    /** Reads a file already parsed into the model with the pack's indicator points (for commands that do not score it). */
    public SubmissionReader.Read read(SubmissionReader.Parsed parsed) {
        return parsed.read(indicatorPoints);
    }

    /** Checks a file's bytes already in memory; {@code label} names it in problems and in the score card. */
    public ScoreCard check(String label, byte[] bytes) {
        Submission submission = SubmissionReader.read(label, bytes, indicatorPoints);
        return check(label, submission).withSubmissionSha256(sha256(bytes));
    }

    /** Checks JSON text already in memory (hashed as its UTF-8 bytes). */
    public ScoreCard check(String label, String json) {
        return check(label, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks a submission already bound to the model; the score card then has no submission hash. */
    public ScoreCard check(String label, Submission submission) {
        return check(label, submission, FactLocations.NONE);
    }

    /** Every outcome says where its fact (or, for an outcome about a whole list, the list) was filled in. */
    public ScoreCard check(String label, Submission submission, FactLocations locations) {
        List<CheckOutcome> outcomes = RuleEngine.run(compiled, submission, locations);
        if (!locations.isEmpty()) {
            outcomes = outcomes.stream().map(o -> located(o, locations)).toList();
        }
        return Scorer.score(compiled, label, submission, outcomes);
    }

    private CheckOutcome located(CheckOutcome outcome, FactLocations locations) {
        FactLocation where = locations.locate(outcome.factKind(), outcome.factId());
        if (where == null) {
            where = locations.locateList(listOfRule.get(outcome.ruleName()));
        }
        return where == null ? outcome : outcome.withLocation(where);
    }

    /** Lower-case hex, as {@code sha256sum} prints it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 运行环境缺少 SHA-256", e);
        }
    }
}
