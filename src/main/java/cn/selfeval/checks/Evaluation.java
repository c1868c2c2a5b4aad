package cn.selfeval.checks;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What one check knows while it judges one fact: the fact, the values its kind computed (a deadline, a rate …)
 * and the context of the submission (year, parameters, calendar).
 */
public record Evaluation(Object fact, Map<String, Object> variables, CheckContext context) {

    /**
     * @param variables not changed after: an outcome's texts are written from them later (see CheckOutcome)
     */
    public Evaluation {
    }

    public Evaluation with(Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putAll(more);
        return new Evaluation(fact, Collections.unmodifiableMap(all), context);
    }

    public int year() {
        return context.year();
    }
}
