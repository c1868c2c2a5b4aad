package cn.selfeval.model;

import java.time.LocalDate;

/**
 * One step of the year's performance management (绩效管理制度执行) and when it was done.
 *
 * @param doneOn the day it was done (targets submitted, monitoring report, self-evaluation report); null when not done
 */
public record PerformanceStep(PerformanceStepKind step, LocalDate doneOn) implements Fact {

    @Override
    public String factKind() {
        return "绩效管理环节";
    }

    @Override
    public String factId() {
        return step.code();
    }

    @Override
    public String factName() {
        return step.label();
    }

    @Derived("已开展")
    public boolean done() {
        return doneOn != null;
    }
}
