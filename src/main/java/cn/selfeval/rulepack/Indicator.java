package cn.selfeval.rulepack;

import java.math.BigDecimal;

import java.util.List;
import java.util.stream.Stream;

/** One node of the framework's indicator tree (一级/二级/三级指标, and sub-items below them). */
public record Indicator(String code, String name, BigDecimal points, List<Indicator> children) {

    public Indicator {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean leaf() {
        return children.isEmpty();
    }

    /** This indicator and every indicator below it, depth first. */
    public Stream<Indicator> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Indicator::flatten));
    }
}
