package cn.selfeval.report;

import static cn.selfeval.decimal.Numbers.plain;

import cn.selfeval.engine.CheckOutcome;
import cn.selfeval.engine.OutcomeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One check outcome as the lines a person reads: what was found, compared with what, by which rule. */
public final class OutcomeText {

    private OutcomeText() {
    }

    public static List<String> lines(CheckOutcome o, String indent) {
        return lines(o, indent, where(o));
    }

    /** Where the outcome's fact was filled in, as printed after 填报位置：; null when not known. */
    public static String where(CheckOutcome o) {
        return o.location() == null ? null : o.location().text();
    }

    /** @param where where the fact was filled in (采购项目第7行), printed under the explanation; null for none */
    public static List<String> lines(CheckOutcome o, String indent, String where) {
        List<String> lines = new ArrayList<>();
        String mark = o.status() == OutcomeStatus.DEDUCTED ? "扣 " + plain(o.points()) + " 分" : o.status().label();
        lines.add(indent + "【" + mark + "】" + o.explanation());
        String sub = indent + "      ";
        if (where != null) {
            lines.add(sub + "填报位置：" + where);
        }
        if (!o.compared().isEmpty()) {
            lines.add(sub + "比较：" + o.compared().stream().map(c -> c.label() + " " + c.value())
                    .collect(Collectors.joining("；")));
        }
        if (!o.limit().isEmpty()) {
            lines.add(sub + "要求：" + o.limit());
        }
        lines.add(sub + "依据：" + o.legalBasis());
        lines.add(sub + "规则：" + o.ruleFile() + "「" + o.ruleName() + "」");
        return lines;
    }
}
