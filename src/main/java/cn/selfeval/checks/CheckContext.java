package cn.selfeval.checks;

import cn.selfeval.input.FactLocations;
import cn.selfeval.calendar.WorkingDayCalendar;
import cn.selfeval.engine.OutcomeRecorder;
import cn.selfeval.rulepack.Framework;
import cn.selfeval.rulepack.Parameters;

/**
 * What every check written as data sees of the submission it judges (the global {@code checks} of the generic
 * rules): the evaluation year, the pack's parameters for that year, the calendar, the framework, where to
 * record outcomes, and where the submitted form has each fact (so that a message speaks of its sheet, not of a
 * JSON path, to a unit that filled in the workbook).
 */
public record CheckContext(int year, Parameters params, WorkingDayCalendar calendar, Framework framework,
        OutcomeRecorder recorder, FactLocations locations) {

    public CheckContext(int year, Parameters params, WorkingDayCalendar calendar, Framework framework,
            OutcomeRecorder recorder) {
        this(year, params, calendar, framework, recorder, FactLocations.NONE);
    }
}
