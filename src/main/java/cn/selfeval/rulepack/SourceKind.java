package cn.selfeval.rulepack;

import com.fasterxml.jackson.annotation.JsonValue;

/** How firmly a parameter's value is grounded (the tags of regulations.md). */
public enum SourceKind {
    STATUTE("statute", "法律法规"),
    NORMATIVE("normative", "规范性文件"),
    PRACTICE("practice", "评价实践"),
    DEFAULT("default", "本工具默认值（无明文规定）");

    private final String code;
    private final String label;

    SourceKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
