package cn.selfeval.input;

import cn.selfeval.model.AssetIncomeType;
import cn.selfeval.model.AssetTransactionType;
import cn.selfeval.model.ExemptionType;
import cn.selfeval.model.IndicatorDirection;
import cn.selfeval.model.InventoryScope;
import cn.selfeval.model.PerformanceSection;
import cn.selfeval.model.Labelled;
import cn.selfeval.model.ProcurementCategory;
import cn.selfeval.model.ProcurementMethod;
import cn.selfeval.model.ThreePublicCostCategory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Chinese label of every enumerated JSON code, taken from the model's enums. */
public final class EnumLabels {

    private static final Map<String, String> LABELS = new HashMap<>();

    static {
        Stream.of(ProcurementCategory.values(), ProcurementMethod.values(), ExemptionType.values(),
                        InventoryScope.values(), ThreePublicCostCategory.values(), PerformanceSection.values(),
                        cn.selfeval.model.BudgetDisclosureKind.values(), cn.selfeval.model.PerformanceDisclosureKind.values(), cn.selfeval.model.PerformanceStepKind.values(),
                        IndicatorDirection.values(), AssetIncomeType.values(), AssetTransactionType.values(),
                        cn.selfeval.model.EnergySavingItems.values())
                .flatMap(Stream::of)
                .forEach(value -> LABELS.put(((Labelled) value).code(), ((Labelled) value).label()));
    }

    private EnumLabels() {
    }

    /** The Chinese label of a code ("货物" for goods), or the code itself when no enum knows it. */
    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }

    /**
     * The code among {@code codes} whose code or Chinese label is {@code text} (surrounding blanks ignored), or null.
     */
    public static String codeFor(String text, List<String> codes) {
        String trimmed = text.strip();
        for (String code : codes) {
            if (code.equals(trimmed) || label(code).equals(trimmed)) {
                return code;
            }
        }
        return null;
    }

    /** "goods（货物）", or the bare code when no enum knows it. */
    static String describe(String code) {
        String label = LABELS.get(code);
        return label == null ? code : code + "（" + label + "）";
    }

    /** "goods（货物）、works（工程）、services（服务）". */
    static String describeAll(List<String> codes) {
        return String.join("、", codes.stream().map(EnumLabels::describe).toList());
    }
}
