package cn.selfeval.rulepack;

import java.util.List;

/** pack.yaml: what the pack is, which framework it scores and which calendar its deadlines use. */
public record PackManifest(String id, String name, String version, String region, List<String> districts,
        List<Integer> years, String description, String calendar) {

    public PackManifest {
        districts = districts == null ? List.of() : List.copyOf(districts);
        years = years == null ? List.of() : List.copyOf(years);
    }
}
