package cn.selfeval.review;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One decision a reviewer recorded on one outcome of a unit, never changed afterwards: a later decision on the same
 * outcome ({@code step} + 1) supersedes it.
 *
 * @param outcomeKey the outcome's {@link cn.selfeval.report.OutcomeKey}, or "manual|indicator|id" for 补充扣分
 * @param versionId  the version whose card the reviewer was looking at
 * @param points     the points the outcome now deducts (调整, 补充扣分); null for 确认 and 撤销
 */
public record Decision(String id, String unitId, String versionId, String outcomeKey, int step, DecisionAction action,
        String indicatorCode, BigDecimal points, String reason, String basis, Instant decidedAt, Actor decidedBy) {

    public static final String MANUAL_PREFIX = "manual|";

    public boolean manual() {
        return outcomeKey.startsWith(MANUAL_PREFIX);
    }

    /** The outcome as a reviewer reads it: "B5.4「采购合同逾期签订」ZC2023-004", or "B5.4 补充扣分". */
    public String outcomeText() {
        if (manual()) {
            return indicatorCode + " 补充扣分";
        }
        String[] parts = outcomeKey.split("\\|", 3);
        return parts.length < 3 ? outcomeKey : parts[0] + "「" + parts[1] + "」" + parts[2];
    }
}
