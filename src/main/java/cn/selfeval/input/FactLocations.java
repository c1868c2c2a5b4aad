package cn.selfeval.input;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each fact of a submission was filled in, for reports to name: {@code 采购项目第7行}. Empty for a JSON
 * submission, whose reports keep naming facts by id only.
 */
public final class FactLocations {

    public static final FactLocations NONE = new FactLocations();

    private final Map<String, String> byKindAndId = new HashMap<>();
    private final Map<String, String> byId = new HashMap<>();

    /** @param kind the fact's kind (采购项目), or null for a place known only by the fact's id */
    public void put(String kind, String id, String where) {
        if (kind == null) {
            byId.putIfAbsent(id, where);
        } else {
            byKindAndId.putIfAbsent(kind + "\u0000" + id, where);
        }
    }

    /** Where the fact was filled in, e.g. 采购项目第7行; null when not known. */
    public String of(String kind, String id) {
        String where = byKindAndId.get(kind + "\u0000" + id);
        return where != null ? where : byId.get(id);
    }

    public boolean isEmpty() {
        return byKindAndId.isEmpty() && byId.isEmpty();
    }
}
