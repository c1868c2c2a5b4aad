package cn.selfeval.rulepack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * pack.yaml: what the pack is, which years and districts it serves, which framework it scores and which
 * calendar its deadlines use.
 *
 * @param districts the districts served; empty means every district (of the region)
 * @param years     the submission years served; required (see {@link PackManifests})
 * @param parent    {@code extends:} the folder of the pack this one starts from, relative to this pack's folder,
 *                  or null; see {@link PackOverlay}
 * @param calendar  the working-day calendar relative to this pack's folder; null in a pack that extends
 *                  another means the parent's calendar
 * @param status    {@value #DRAFT} for a draft, which is never chosen automatically; null for a pack in use
 * @param frameworkVerifiedFor the districts whose own framework table the pack's framework was checked against;
 *                  null means all it serves, empty none. A submission of another district is scored with the table
 *                  as a stand-in, and every output says so ({@link PackNotices})
 * @param frameworkCaveat what every card of the pack must say about parts of its framework the source did not state
 *                  (null when there are none)
 */
public record PackManifest(String id, String name, String version, String region, List<String> districts,
        List<Integer> years, String description, String calendar, @JsonProperty("extends") String parent,
        String status, List<String> frameworkVerifiedFor, String frameworkCaveat) {

    public static final String DRAFT = "draft";

    public PackManifest {
        districts = districts == null ? List.of() : List.copyOf(districts);
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** Whether the framework is known to be the district's own table (see {@code frameworkVerifiedFor}). */
    public boolean frameworkVerifiedFor(String district) {
        return frameworkVerifiedFor == null
                || frameworkVerifiedFor.stream().map(this::localDistrict).anyMatch(localDistrict(district)::equals);
    }

    public boolean extendsAnother() {
        return parent != null && !parent.isBlank();
    }

    /** A draft is used only when named with --pack, so that it can claim the live pack's years while it is edited. */
    public boolean draft() {
        return status != null && DRAFT.equals(status.strip());
    }

    public boolean servesYear(int year) {
        return years.contains(year);
    }

    public boolean servesDistrict(String district) {
        return districts.isEmpty() || localDistricts().contains(localDistrict(district));
    }

    public boolean serves(int year, String district) {
        return servesYear(year) && servesDistrict(district);
    }

    /** The declared districts as compared: see {@link #localDistrict}. */
    public Set<String> localDistricts() {
        return districts.stream().map(this::localDistrict).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * A district name without surrounding blanks and without this pack's region in front, so that
     * "广州市海珠区", " 海珠区 " and "海珠区" are the same district of a pack whose region is 广州市.
     */
    public String localDistrict(String district) {
        String name = district == null ? "" : district.strip();
        String city = region == null ? "" : region.strip();
        if (!city.isEmpty() && name.startsWith(city)) {
            name = name.substring(city.length()).strip();
        }
        return name;
    }

    /** "2023、2024、2025、2026" */
    public String yearList() {
        return years.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    /** "2023、2024年度；区：增城区、天河区" (or "区：不限") for messages that list packs. */
    public String scope() {
        return yearList() + "年度；区：" + (districts.isEmpty() ? "不限" : String.join("、", districts));
    }
}
