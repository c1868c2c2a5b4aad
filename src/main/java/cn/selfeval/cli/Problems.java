package cn.selfeval.cli;

import cn.selfeval.check.NoMatchingPackException;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.rulepack.RulePackException;
import java.io.PrintWriter;

/** How every command reports a submission with wrong data, a rule pack that cannot be used, and no pack at all. */
final class Problems {

    private Problems() {
    }

    /**
     * "file：填报数据有误（N 处），未检查：" and one indented line per problem.
     *
     * @param notDone what the command did not do because of it, e.g. "未检查"
     */
    static int invalidSubmission(PrintWriter err, Object file, InvalidSubmissionException e, String notDone) {
        err.printf("%s：填报数据有误（%d 处），%s：%n", file, e.problems().size(), notDone);
        e.problems().forEach(p -> err.println("  " + p.format()));
        e.warnings().forEach(w -> err.println("  提示：" + w));
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    /**
     * "where：规则包错误，未检查（可先运行 selfeval rules validate …）：" and one indented line per problem; a
     * {@link NoMatchingPackException} (caught as a RulePackException by every command) is reported by {@link #noPack}.
     */
    static int rulePack(PrintWriter err, Object where, RulePackException e, String notDone) {
        if (e instanceof NoMatchingPackException none) {
            return noPack(err, where, none, notDone);
        }
        err.printf("%s：规则包错误，%s（可先运行 selfeval rules validate 查看全部问题）：%n", where, notDone);
        e.problems().forEach(p -> err.println("  " + p));
        err.flush();
        return ExitCode.RULE_PACK_ERROR;
    }

    /** "where：没有适用的规则包，未检查：" and one indented line per problem; the packs are fine, so no validate hint. */
    static int noPack(PrintWriter err, Object where, NoMatchingPackException e, String notDone) {
        err.printf("%s：没有适用的规则包，%s：%n", where, notDone);
        e.problems().forEach(p -> err.println("  " + p));
        err.flush();
        return ExitCode.NO_PACK;
    }
}
