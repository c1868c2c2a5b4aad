package cn.selfeval.checks;

import cn.selfeval.calendar.WorkingDayCalendar;
import cn.selfeval.engine.OutcomeRecorder;
import cn.selfeval.rulepack.Framework;
import cn.selfeval.rulepack.Parameters;

/**
 * What every check written as data sees of the submission it judges (the global {@code checks} of the generic
 * rules): the evaluation year, the pack's parameters for that year, the calendar, the framework, and where to
 * record outcomes.
 */
public record CheckContext(int year, Parameters params, WorkingDayCalendar calendar, Framework framework,
        OutcomeRecorder recorder) {
}
