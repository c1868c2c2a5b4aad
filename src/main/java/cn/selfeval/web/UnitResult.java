package cn.selfeval.web;

import cn.selfeval.input.InputProblem;
import cn.selfeval.model.Submission;
import cn.selfeval.scoring.ScoreCard;
import java.util.List;

/**
 * What became of one uploaded submission: its score card, or why it has none, with every message a person
 * needs to fix it (each data error with its file, line, column and JSON path).
 */
public record UnitResult(String file, Status status, ScoreCard card, List<InputProblem> inputProblems,
        List<String> problems, Submission submission) {

    /** Why a submission was or was not checked; each with its Chinese label, API kind and HTTP status. */
    public enum Status {
        CHECKED("已检查", "checked", 200),
        INVALID_SUBMISSION("填报数据有误", "invalid-submission", 422),
        NO_PACK("没有适用的规则包", "no-pack", 422),
        RULE_PACK_ERROR("规则包错误", "rule-pack-error", 500),
        UNSUPPORTED("不能读取的文件", "unsupported-file", 415),
        TOO_LARGE("文件过大", "too-large", 413),
        TIMEOUT("检查超时", "timeout", 503),
        BUSY("服务繁忙", "busy", 503),
        INTERNAL_ERROR("内部错误", "internal-error", 500);

        private final String label;
        private final String kind;
        private final int httpStatus;

        Status(String label, String kind, int httpStatus) {
            this.label = label;
            this.kind = kind;
            this.httpStatus = httpStatus;
        }

        public String label() {
            return label;
        }

        public String kind() {
            return kind;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    public UnitResult {
        inputProblems = List.copyOf(inputProblems);
        problems = List.copyOf(problems);
    }

    /** @param submission what the card was computed from (the self-evaluation report's amounts and targets) */
    public static UnitResult checked(String file, ScoreCard card, Submission submission) {
        return new UnitResult(file, Status.CHECKED, card, List.of(), List.of(), submission);
    }

    public static UnitResult invalid(String file, List<InputProblem> problems) {
        return new UnitResult(file, Status.INVALID_SUBMISSION, null, problems, List.of(), null);
    }

    public static UnitResult refused(String file, Status status, List<String> problems) {
        return new UnitResult(file, status, null, List.of(), problems, null);
    }

    public boolean ok() {
        return status == Status.CHECKED;
    }

    /** Every message, one a line, as the command line prints them under the file's name. */
    public List<String> messages() {
        return inputProblems.isEmpty() ? problems : inputProblems.stream().map(InputProblem::format).toList();
    }

    /** "填报数据有误（6 处），未检查" — as {@code selfeval check} heads the messages. */
    public String headline() {
        return switch (status) {
            case CHECKED -> "已检查";
            case INVALID_SUBMISSION -> "填报数据有误（" + inputProblems.size() + " 处），未检查";
            case NO_PACK -> "没有适用的规则包，未检查";
            case RULE_PACK_ERROR -> "规则包错误，未检查（请服务管理员运行 selfeval rules validate 查看全部问题）";
            default -> status.label() + "，未检查";
        };
    }
}
