package cn.selfeval.model;

/** The budget unit (预算单位) that files the self-evaluation. */
public record Unit(String name, String district) {
}
