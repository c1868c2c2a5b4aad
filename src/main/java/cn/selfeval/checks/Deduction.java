package cn.selfeval.checks;

import java.util.List;
import java.util.Map;

/**
 * How an outcome's deduction is stated, for the catalogue a unit reads as its scoring guide
 * ("每份合同扣0.5分，扣完为止"): which parameters it takes, or which rule of the kind computes it.
 *
 * @param form       parameter 参数, all 本指标全部分值, byValue 按可选值分别取参数, perPoint 每个百分点, scale 分档,
 *                   shortfall 按比例
 * @param parameters the parameters named (for byValue: code → parameter)
 * @param by         for byValue, the field or value whose code picks the parameter
 */
public record Deduction(String form, Map<String, String> parameters, String by) {

    public static final Deduction NONE = new Deduction("none", Map.of(), null);

    static Deduction parameter(String name) {
        return new Deduction("parameter", Map.of("", name), null);
    }

    static Deduction all() {
        return new Deduction("all", Map.of(), null);
    }

    static Deduction computed(String form, List<String> parameters) {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        parameters.forEach(p -> named.put(p, p));
        return new Deduction(form, named, null);
    }
}
