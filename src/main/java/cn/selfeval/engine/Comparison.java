package cn.selfeval.engine;

/** One value a check compared, with its Chinese label: "合同签订日期 = 2023-10-09". */
public record Comparison(String label, String value) {
}
