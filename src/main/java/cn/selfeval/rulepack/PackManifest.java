package cn.selfeval.rulepack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * pack.yaml: what the pack is, which framework it scores and which calendar its deadlines use.
 *
 * @param parent  {@code extends:} the folder of the pack this one starts from, relative to this pack's folder,
 *                or null; see {@link PackOverlay}
 * @param calendar the working-day calendar relative to this pack's folder; null in a pack that extends
 *                 another means the parent's calendar
 */
public record PackManifest(String id, String name, String version, String region, List<String> districts,
        List<Integer> years, String description, String calendar, @JsonProperty("extends") String parent) {

    public PackManifest {
        districts = districts == null ? List.of() : List.copyOf(districts);
        years = years == null ? List.of() : List.copyOf(years);
    }

    public boolean extendsAnother() {
        return parent != null && !parent.isBlank();
    }
}
