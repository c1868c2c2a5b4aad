package cn.selfeval.input;

import cn.selfeval.model.Fact;
import cn.selfeval.model.FactLists;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each fact of a submission was filled in, for reports to name: {@code 采购项目第7行} for a workbook,
 * {@code $.procurementProjects[3]} for JSON; and where each list (or object) of facts is, for an outcome about
 * the list as a whole (not filled in at all, nothing in it before the year's end).
 */
public final class FactLocations {

    public static final FactLocations NONE = new FactLocations();

    private final Map<String, FactLocation> byKindAndId = new HashMap<>();
    private final Map<String, FactLocation> byId = new HashMap<>();
    private final Map<String, FactLocation> byList = new HashMap<>();
    private final Map<String, ListWording> wordings = new HashMap<>();

    /**
     * How the submitted form asks for a list of facts, for a message about a list not filled in: a workbook names its
     * sheet and the 本表情况 choice, where JSON names the field's path and "填 []".
     *
     * @param name how the list is named (工作表“中小企业预留份额”)
     * @param how  how to fill it in (在第1行“本表情况”选择“有以下事项”并逐行填写……)
     * @param none how to say "none this year" (在“本表情况”中选择“本年度没有此类事项”)
     */
    public record ListWording(String name, String how, String none) {
    }

    /** JSON's wording: the dotted path, the field's Chinese name, 填 []. */
    public static ListWording jsonWording(String list, String label) {
        return new ListWording(list, label, "填 []");
    }

    /** @param kind the fact's kind (采购项目), or null for a place known only by the fact's id */
    public void put(String kind, String id, FactLocation where) {
        if (kind == null) {
            byId.putIfAbsent(id, where);
        } else {
            byKindAndId.putIfAbsent(kind + "\u0000" + id, where);
        }
    }

    /** @param list the list's dotted path as checks name it, e.g. {@code management.procurementControls} */
    public void putList(String list, FactLocation where) {
        byList.putIfAbsent(list, where);
    }

    /** @param list the list's dotted path, as for {@link #putList} */
    public void putWording(String list, ListWording wording) {
        wordings.putIfAbsent(list, wording);
    }

    /** How the submitted form asks for the list; JSON's wording when the form is JSON (or not known). */
    public ListWording wording(String list, String label) {
        ListWording wording = list == null ? null : wordings.get(list);
        return wording != null ? wording : jsonWording(list, label);
    }

    /** Where the fact was filled in; null when not known. */
    public FactLocation locate(String kind, String id) {
        FactLocation where = byKindAndId.get(kind + "\u0000" + id);
        return where != null ? where : byId.get(id);
    }

    /** Where a list (or object) of facts is, by the dotted path checks name it with; null when not known. */
    public FactLocation locateList(String list) {
        return list == null ? null : byList.get(list);
    }

    /** Where the fact was filled in, e.g. 采购项目第7行; null when not known. */
    public String of(String kind, String id) {
        FactLocation where = locate(kind, id);
        return where == null ? null : where.text();
    }

    public boolean isEmpty() {
        return byKindAndId.isEmpty() && byId.isEmpty() && byList.isEmpty();
    }

    /** The JSON path of every fact of a bound JSON submission, and of every list of facts. */
    public static FactLocations ofJson(Object submission) {
        FactLocations locations = new FactLocations();
        FactLists.all().keySet().forEach(list -> {
            NodePath path = path(list);
            locations.putList(list, FactLocation.json(path));
            Object value = navigate(submission, path);
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Fact fact) {
                        locations.put(fact.factKind(), fact.factId(), FactLocation.json(path.index(i)));
                    }
                }
            } else if (value instanceof Fact fact) {
                locations.put(fact.factKind(), fact.factId(), FactLocation.json(path));
            } else if (value != null && value.getClass().isRecord()) {
                // an object of lines (threePublicCosts.officialReception): the facts made from them take the line's name as id
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    Object line = navigate(value, NodePath.ROOT.property(component.getName()));
                    if (line instanceof Fact fact) {
                        locations.put(fact.factKind(), fact.factId(), FactLocation.json(path.property(component.getName())));
                    } else if (line != null) {
                        locations.put(null, component.getName(), FactLocation.json(path.property(component.getName())));
                    }
                }
            }
        });
        return locations;
    }

    /** {@code management.procurementControls} → {@code $.management.procurementControls}. */
    public static NodePath path(String dotted) {
        NodePath path = NodePath.ROOT;
        for (String name : dotted.split("\\.")) {
            path = path.property(name);
        }
        return path;
    }

    /** The model value at a JSON path: record components are named like the JSON properties they bind. */
    public static Object navigate(Object value, NodePath path) {
        for (Object element : path.elements()) {
            if (value instanceof List<?> items && element instanceof Integer index) {
                value = index < items.size() ? items.get(index) : null;
                continue;
            }
            if (value == null || !value.getClass().isRecord() || !(element instanceof String name)) {
                return null;
            }
            Object next = null;
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    try {
                        next = component.getAccessor().invoke(value);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
            value = next;
        }
        return value;
    }
}
