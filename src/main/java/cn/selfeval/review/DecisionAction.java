package cn.selfeval.review;

import cn.selfeval.model.Labelled;
import java.util.Arrays;
import java.util.Optional;

/** What a reviewer decides on an outcome: 确认, 撤销 (it no longer counts), 调整 (other points), 补充扣分 (a manual one). */
public enum DecisionAction implements Labelled {
    CONFIRM("确认"),
    OVERTURN("撤销"),
    ADJUST("调整"),
    ADD("补充扣分");

    private final String label;

    DecisionAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<DecisionAction> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }
}
