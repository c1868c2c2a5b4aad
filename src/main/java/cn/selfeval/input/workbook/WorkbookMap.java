package cn.selfeval.input.workbook;

import cn.selfeval.input.CellLocation;
import cn.selfeval.input.FactLocation;
import cn.selfeval.input.FactLocations;
import cn.selfeval.input.NodePath;
import cn.selfeval.input.SourceMap;
import cn.selfeval.model.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cell of every field of a workbook submission (filled or not), the row of every fact and the sheet of every
 * list and object: how problems found in the JSON tree are reported at the cell, and how reports name a fact's row.
 */
public final class WorkbookMap implements SourceMap {

    private final Map<NodePath, CellLocation> cells = new HashMap<>();
    private final Map<NodePath, CellLocation> rows = new HashMap<>();
    private final Map<NodePath, CellLocation> containers = new HashMap<>();
    /** The status cell of each list sheet, to tell the user where to say "本年度没有". */
    private final Map<NodePath, CellLocation> statusCells = new HashMap<>();
    /** Optional objects inside a row (a project's exemption): the titles of their fields. */
    private final Map<NodePath, Map<String, String>> nestedTitles = new HashMap<>();
    private final Map<NodePath, Map<String, Boolean>> nestedFilled = new HashMap<>();
    /** For reports: the rows of each list, the row of each table line, the sheet of each object. */
    private final Map<NodePath, List<String>> listRows = new LinkedHashMap<>();
    private final Map<NodePath, String> listSheets = new LinkedHashMap<>();
    private final Map<String, String> tableRows = new LinkedHashMap<>();
    private final Map<NodePath, String> objectSheets = new LinkedHashMap<>();

    void cell(NodePath path, CellLocation location) {
        cells.put(path, location);
    }

    void row(NodePath path, CellLocation location) {
        rows.put(path, location);
    }

    void container(NodePath path, CellLocation location) {
        containers.put(path, location);
    }

    void status(NodePath list, CellLocation location) {
        statusCells.put(list, location);
    }

    void nested(NodePath object, String name, String title, boolean filled) {
        nestedTitles.computeIfAbsent(object, k -> new LinkedHashMap<>()).put(name, title);
        nestedFilled.computeIfAbsent(object, k -> new LinkedHashMap<>()).put(name, filled);
    }

    void listRow(NodePath list, String sheet, String where) {
        listSheets.put(list, sheet);
        listRows.computeIfAbsent(list, k -> new ArrayList<>()).add(where);
    }

    void listSheet(NodePath list, String sheet) {
        listSheets.put(list, sheet);
        listRows.computeIfAbsent(list, k -> new ArrayList<>());
    }

    void tableRow(String property, String where) {
        tableRows.put(property, where);
    }

    void objectSheet(NodePath object, String sheet) {
        objectSheets.put(object, sheet);
    }

    @Override
    public CellLocation locate(NodePath path) {
        for (NodePath p = path; ; p = p.parent()) {
            CellLocation found = cells.get(p);
            if (found == null) {
                found = rows.get(p);
            }
            if (found == null) {
                found = containers.get(p);
            }
            if (found != null || p.elements().isEmpty()) {
                return found;
            }
        }
    }

    @Override
    public String refer(NodePath path) {
        CellLocation row = rows.get(path);
        if (row != null) {
            return row.where();
        }
        CellLocation found = locate(path);
        return found == null ? path.toString() : found.where();
    }

    @Override
    public String missing(NodePath object, String property, String title) {
        NodePath target = object.property(property);
        CellLocation status = statusCells.get(target);
        if (status != null) {
            return "本表必须填报：有此类事项的逐行填写；本年度没有的，在 " + status.where().substring(status.where().indexOf('!') + 1)
                    + " 选择“" + Form.Status.NONE_THIS_YEAR.label() + "”";
        }
        Map<String, String> titles = nestedTitles.get(object);
        if (titles != null) {
            List<String> filled = new ArrayList<>();
            nestedFilled.get(object).forEach((name, isFilled) -> {
                if (isFilled) {
                    filled.add(titles.get(name));
                }
            });
            if (!filled.isEmpty()) {
                return "填了" + String.join("、", filled) + "，就要填" + (title == null ? property : title);
            }
        }
        if (!cells.containsKey(target) && containers.containsKey(target)) {
            return "缺少工作表“" + containers.get(target).where() + "”，本表必须填报";
        }
        return "必填，不能为空";
    }

    /**
     * Where each fact of the bound submission was filled in: 采购项目第7行, “三公”经费第4行, 工作表“预算执行”; each with
     * its JSON path, and the sheet of every list.
     */
    public FactLocations factLocations(Object submission) {
        FactLocations locations = new FactLocations();
        listRows.forEach((list, wheres) -> {
            String sheet = listSheets.get(list);
            FactLocation whole = FactLocation.sheet(sheet, list);
            locations.put(null, dotted(list), whole);
            locations.putList(dotted(list), whole);
            locations.putWording(dotted(list), new FactLocations.ListWording(whole.text(), "在第" + Form.STATUS_ROW + "行“"
                    + Form.STATUS_LABEL + "”选择“" + Form.Status.HAS_ITEMS.label() + "”并逐行填写；本年度没有的选择“"
                    + Form.Status.NONE_THIS_YEAR.label() + "”", "在“" + Form.STATUS_LABEL + "”中选择“"
                    + Form.Status.NONE_THIS_YEAR.label() + "”"));
            if (FactLocations.navigate(submission, list) instanceof List<?> items) {
                for (int i = 0; i < items.size() && i < wheres.size(); i++) {
                    CellLocation row = rows.get(list.index(i));
                    if (items.get(i) instanceof Fact fact && row != null) {
                        locations.put(fact.factKind(), fact.factId(), FactLocation.row(sheet, row.row(), list.index(i)));
                    }
                }
            }
        });
        tableRows.forEach((property, where) -> rows.forEach((path, row) -> {
            if (row.where().equals(where) && !path.elements().isEmpty()
                    && property.equals(path.elements().get(path.elements().size() - 1))) {
                locations.put(null, property, FactLocation.row(where.substring(0, where.lastIndexOf('第')), row.row(), path));
            }
        }));
        objectSheets.forEach((object, sheet) -> {
            locations.putList(dotted(object), FactLocation.sheet(sheet, object));
            locations.putWording(dotted(object), new FactLocations.ListWording(FactLocation.sheet(sheet, object).text(),
                    "在该表中填写", "在该表中说明"));
            if (FactLocations.navigate(submission, object) instanceof Fact fact) {
                locations.put(fact.factKind(), fact.factId(), FactLocation.sheet(sheet, object));
            }
        });
        return locations;
    }

    private static String dotted(NodePath path) {
        return String.join(".", path.elements().stream().map(String::valueOf).toList());
    }
}
