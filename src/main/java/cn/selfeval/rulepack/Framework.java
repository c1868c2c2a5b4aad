package cn.selfeval.rulepack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring framework (指标体系) of a rule pack: a tree of indicators with points.
 *
 * @param fullMarks the total the framework is scored out of, as stated in framework.yaml (validated
 *                  against the sum of the top-level indicators)
 */
public record Framework(String name, String source, Double fullMarks, List<Indicator> indicators) {

    public Framework {
        indicators = List.copyOf(indicators);
    }

    /** Every indicator by code, in framework order. */
    public Map<String, Indicator> byCode() {
        Map<String, Indicator> map = new LinkedHashMap<>();
        indicators.stream().flatMap(Indicator::flatten).forEach(i -> map.put(i.code(), i));
        return map;
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    public double totalPoints() {
        return indicators.stream().mapToDouble(Indicator::points).sum();
    }
}
