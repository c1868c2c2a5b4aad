package cn.selfeval.web;

import cn.selfeval.check.Checker;
import cn.selfeval.check.ScopedChoice;
import cn.selfeval.input.InputProblem;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.review.Version;
import cn.selfeval.rulepack.RulePackException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored version of a round read again from its bytes — for the 自评报告 and the 预警 of a unit — with the pack that
 * checked it while that pack is served, else the pack the submission's year and district choose now. One instance
 * serves one request: the checkers it looked up are kept for the next unit.
 */
final class StoredSubmissions {

    /** The submission read again and the checker that read it; or, when it could not be, why. */
    record Read(Checker checker, SubmissionReader.Read read, List<String> problems) {

        boolean ok() {
            return read != null;
        }
    }

    private final ServerPacks packs;
    private final Map<String, Checker> byPackId = new HashMap<>();

    StoredSubmissions(ServerPacks packs) {
        this.packs = packs;
    }

    Read read(Version version, byte[] bytes) {
        try {
            SubmissionReader.Parsed parsed = SubmissionReader.parse(version.fileName(), bytes);
            Checker checker = byPackId.computeIfAbsent(version.packId(), id -> packs.find(id)
                    .filter(ServerPacks.PackState::live).map(ServerPacks.PackState::checker).orElse(null));
            if (checker == null) {
                checker = ScopedChoice.choose(parsed, (year, district) -> packs.registry().select(year, district)).checker();
            }
            return new Read(checker, checker.read(parsed), List.of());
        } catch (InvalidSubmissionException e) {
            return new Read(null, null, e.problems().stream().map(InputProblem::format).toList());
        } catch (RulePackException e) {
            return new Read(null, null, e.problems());
        }
    }
}
