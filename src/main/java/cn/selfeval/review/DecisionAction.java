package cn.selfeval.review;

import java.util.Arrays;
import java.util.Optional;

/** What a reviewer decides on an outcome: 确认, 撤销 (it no longer counts), 调整 (other points), 补充扣分 (a manual one). */
public enum DecisionAction {
    CONFIRM("confirm", "确认"),
    OVERTURN("overturn", "撤销"),
    ADJUST("adjust", "调整"),
    ADD("add", "补充扣分");

    private final String code;
    private final String label;

    DecisionAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<DecisionAction> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
