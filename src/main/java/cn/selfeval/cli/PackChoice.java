package cn.selfeval.cli;

import cn.selfeval.check.Checker;
import cn.selfeval.check.NoMatchingPackException;
import cn.selfeval.check.PackLocator;
import cn.selfeval.check.ScopedChoice;
import cn.selfeval.check.PackRegistry;
import cn.selfeval.input.SubmissionReader;
import cn.selfeval.packcache.PackCache;
import cn.selfeval.rulepack.DeclaredPack;
import cn.selfeval.rulepack.PackManifest;
import java.nio.file.Path;
import java.util.List;

/**
 * The checker for a submission: the pack named with --pack when it serves the submission's year and district,
 * or the one pack under rules/ whose year and district fit. Each pack is loaded and compiled once per run,
 * however many submissions use it; choosing reads only pack.yaml files.
 */
final class PackChoice {

    private static final String PACK_OPTION = "--pack";

    private final Path explicitPack;
    private final String explicitOption;
    private final Path rulesDir;
    private final PackLocator locator;
    private final PackRegistry checkers;
    private DeclaredPack explicitDeclared;

    /** @param explicitPack the folder given with --pack, or null to choose from rules/ */
    PackChoice(Path explicitPack) {
        this(explicitPack, PACK_OPTION, Home.rules());
    }

    /** @param option how the command line named the pack ("--from"), for the message when it does not fit */
    PackChoice(Path explicitPack, String option) {
        this(explicitPack, option, Home.rules());
    }

    private PackChoice(Path explicitPack, String explicitOption, Path rulesDir) {
        this.explicitPack = explicitPack;
        this.explicitOption = explicitOption;
        this.rulesDir = rulesDir;
        this.locator = new PackLocator(rulesDir);
        this.checkers = new PackRegistry(locator, PackCache.standard()::compile);
    }

    /**
     * @throws cn.selfeval.input.InvalidSubmissionException when the submission's data is wrong
     * @throws NoMatchingPackException when no pack (or not the --pack one) serves its year and district
     * @throws cn.selfeval.rulepack.RulePackException when the pack cannot be used
     */
    Checker checkerFor(SubmissionReader.Parsed submission) {
        return ScopedChoice.choose(submission, (year, district) ->
                checker(explicitPack != null ? servingExplicit(year, district) : locator.dirFor(year, district)));
    }

    /**
     * Reads the file once, chooses its checker by the year and district it states, and checks it.
     *
     * @throws cn.selfeval.input.InvalidSubmissionException when the file is missing or its data is wrong
     * @throws NoMatchingPackException when no pack (or not the --pack one) serves its year and district
     * @throws cn.selfeval.rulepack.RulePackException when the pack cannot be used
     */
    Checker.Result check(Path file) {
        return check(file, Long.MAX_VALUE, null);
    }

    /**
     * Like {@link #check(Path)}, refusing a file of more than {@code maxBytes} before reading it.
     *
     * @param option the option that raises the limit, named in the message
     */
    Checker.Result check(Path file, long maxBytes, String option) {
        SubmissionReader.Parsed parsed = SubmissionReader.parse(file.toString(), SubmissionReader.readBytes(file, maxBytes, option));
        return checkerFor(parsed).check(parsed);
    }

    /** The checker of the --pack pack, for a command that names it before reading any submission. */
    Checker explicitChecker() {
        return checker(explicitPack);
    }

    private Checker checker(Path dir) {
        return checkers.checker(dir);
    }

    /** The --pack folder, refused when its pack.yaml does not list the year or the district. */
    private synchronized Path servingExplicit(int year, String district) {
        if (explicitDeclared == null) {
            explicitDeclared = DeclaredPack.read(explicitPack);
        }
        PackManifest manifest = explicitDeclared.manifest();
        String named = explicitOption + " 指定的规则包 " + explicitPack + " 适用于";
        String mismatch;
        if (!manifest.servesYear(year)) {
            mismatch = String.format("%s%s年度（%s 的 years），该填报为%d年度", named, manifest.yearList(),
                    explicitDeclared.manifestFile(), year);
        } else if (!manifest.servesDistrict(district)) {
            mismatch = String.format("%s%s（%s 的 districts），该填报的区为%s", named, String.join("、", manifest.districts()),
                    explicitDeclared.manifestFile(), district);
        } else {
            return explicitPack;
        }
        String remedy = "请用 " + explicitOption + " 指定适用于该填报的规则包" + (PACK_OPTION.equals(explicitOption)
                ? "，或不写 --pack，按填报的年度和区从 " + rulesDir + " 中自动选择。" : "。");
        throw new NoMatchingPackException(List.of(mismatch, remedy));
    }
}
