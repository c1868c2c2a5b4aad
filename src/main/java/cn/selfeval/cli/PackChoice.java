package cn.selfeval.cli;

import cn.selfeval.check.Checker;
import cn.selfeval.check.PackLocator;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.model.Submission;
import cn.selfeval.rulepack.RulePackLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The checker for a submission: the pack named with --pack, or the one whose year and district fit. */
final class PackChoice {

    private final Path explicitPack;
    private final Map<Path, Checker> checkers = new HashMap<>();

    PackChoice(Path explicitPack) {
        this.explicitPack = explicitPack;
    }

    /** Each pack is compiled once, however many submissions use it. */
    Checker checkerFor(Path submission) {
        Path dir = explicitPack != null ? explicitPack : packFor(submission);
        return checkers.computeIfAbsent(dir.toAbsolutePath().normalize(),
                key -> new Checker(RulePackLoader.load(dir)));
    }

    /** Reads the submission once without self-score checks, only to learn its year and district. */
    private static Path packFor(Path file) {
        Submission submission = SubmissionReader.read(file, Map.of());
        return new PackLocator(Home.rules()).dirFor(submission.year(), submission.unit().district());
    }
}
