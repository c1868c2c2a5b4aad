package cn.selfeval.cli;

import cn.selfeval.check.NoMatchingPackException;
import cn.selfeval.input.InvalidSubmissionException;
import cn.selfeval.rulepack.RulePackException;
import java.io.PrintWriter;

/** How every command reports a submission with wrong data, a rule pack that cannot be used, and no pack at all. */
final class Problems {

    /** Problems listed per file; a file with thousands of problems is wrong throughout, and the first ones say how. */
    static final int MAX_LISTED = 50;

    private Problems() {
    }

    /**
     * "file：selfeval 内部错误（StackOverflowError），未检查" — something no message foresaw; the run goes on with the
     * other files.
     */
    static int internal(PrintWriter err, Object file, Throwable e, String notDone) {
        String what = e instanceof OutOfMemoryError ? "内存不足" : e instanceof StackOverflowError ? "嵌套过深（栈溢出）"
                : "内部错误";
        err.printf("%s：selfeval %s（%s），%s；其他填报照常检查。请把这个文件发给 selfeval 的维护人员%n", file, what,
                e.getClass().getSimpleName(), notDone);
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    /**
     * "file：填报数据有误（N 处），未检查：" and one indented line per problem.
     *
     * @param notDone what the command did not do because of it, e.g. "未检查"
     */
    static int invalidSubmission(PrintWriter err, Object file, InvalidSubmissionException e, String notDone) {
        err.printf("%s：填报数据有误（%d 处），%s：%n", file, e.problems().size(), notDone);
        e.problems().stream().limit(MAX_LISTED).forEach(p -> err.println("  " + p.format()));
        if (e.problems().size() > MAX_LISTED) {
            err.printf("  ……另有 %d 处未列出（只列出前 %d 处；改正后再检查会列出其余的）%n", e.problems().size() - MAX_LISTED, MAX_LISTED);
        }
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
