package cn.selfeval.input.workbook;

import cn.selfeval.input.NodePath;
import cn.selfeval.input.SchemaField;
import cn.selfeval.input.SubmissionSchema;
import cn.selfeval.input.workbook.FormSheet.ListSheet;
import cn.selfeval.input.workbook.FormSheet.RecordSheet;
import cn.selfeval.input.workbook.FormSheet.SelfScoreSheet;
import cn.selfeval.input.workbook.FormSheet.TableRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 自评填报表: which sheet and which column (or row) holds each field of the submission. Built from the
 * submission schema — titles, descriptions, types, enumerations and what is required all come from there — so
 * the template, the reader and the error messages cannot drift from it. Only the grouping into sheets is chosen
 * here.
 */
public final class Form {

    /** The instructions sheet; never read. */
    public static final String GUIDE_SHEET = "填表说明";

    /** The label of the cell above a list's header that says whether the list is reported. */
    public static final String STATUS_LABEL = "本表情况";

    /** Rows of a list sheet as the template lays them out (the reader finds them wherever they are). */
    public static final int STATUS_ROW = 1;
    public static final int HEADER_ROW = 3;

    /** What the 本表情况 cell of a list sheet can say. */
    public enum Status {
        /** The rows below are the facts (the JSON's non-empty array). */
        HAS_ITEMS("有以下事项"),
        /** The unit had none this year (the JSON's {@code []}): judged on its merits. */
        NONE_THIS_YEAR("本年度没有此类事项"),
        /** The unit does not report the list (the JSON leaves it out): the indicator is not scored. */
        NOT_REPORTED("未填报");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Status of(String text) {
            for (Status status : values()) {
                if (status.label.equals(text)) {
                    return status;
                }
            }
            return null;
        }
    }

    private static final Form INSTANCE = build(SubmissionSchema.get());

    private final List<FormSheet> sheets;

    private Form(List<FormSheet> sheets) {
        this.sheets = List.copyOf(sheets);
    }

    public static Form get() {
        return INSTANCE;
    }

    /** Every sheet but 填表说明, in the order of the workbook. */
    public List<FormSheet> sheets() {
        return sheets;
    }

    public FormSheet sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static Form build(SubmissionSchema schema) {
        List<FormSheet> sheets = new ArrayList<>();
        sheets.add(record(schema, "基本信息", NodePath.ROOT, List.of("unit", "year"),
                "填报单位和评价年度。"));
        sheets.add(list(schema, "采购项目", NodePath.ROOT.property("procurementProjects")));
        sheets.add(record(schema, "“三公”经费", NodePath.ROOT.property("threePublicCosts"), null, null));
        sheets.add(record(schema, "公用经费", NodePath.ROOT.property("publicFunds"), null, null));
        sheets.add(record(schema, "预算执行", NodePath.ROOT.property("budgetExecution"), null, null));
        sheets.add(list(schema, "资产盘点", NodePath.ROOT.property("assetInventories")));
        sheets.add(list(schema, "绩效指标", NodePath.ROOT.property("performanceIndicators")));
        for (String group : List.of("management", "assetManagement")) {
            NodePath groupPath = NodePath.ROOT.property(group);
            SchemaField groupField = schema.field(groupPath);
            for (String name : groupField.propertyNames()) {
                NodePath path = groupPath.property(name);
                SchemaField field = schema.field(path);
                String title = field.title();
                sheets.add(field.types().contains("array") ? list(schema, title, path) : record(schema, title, path, null, null));
            }
        }
        sheets.add(new SelfScoreSheet("自评得分", Descriptions.forWorkbook(
                schema.field(NodePath.ROOT.property("selfScores")).description(), List.of())
                + "本表列出规则包指标体系的全部指标；只在“自评得分”列填写本单位的自评分，不自评的留空。"));
        return new Form(sheets);
    }

    private static ListSheet list(SubmissionSchema schema, String name, NodePath path) {
        SchemaField field = schema.field(path);
        SchemaField items = field.child(0);
        List<FormField> columns = new ArrayList<>();
        List<String> required = items.required();
        for (String property : items.propertyNames()) {
            SchemaField child = items.child(property);
            if (child.types().contains("object")) {
                List<String> nestedRequired = child.required();
                for (String nested : child.propertyNames()) {
                    columns.add(FormField.of(List.of(property, nested), child.child(nested),
                            required.contains(property) && nestedRequired.contains(nested)));
                }
            } else {
                columns.add(FormField.of(List.of(property), child, required.contains(property)));
            }
        }
        boolean listRequired = path.elements().size() == 1
                && schema.rootField().required().contains(path.elements().get(0));
        return new ListSheet(name, Descriptions.forWorkbook(field.description(), List.of()), path, listRequired, columns);
    }

    /**
     * @param only        the properties to include (all when null)
     * @param description the sheet's description (the object's schema description when null)
     */
    private static RecordSheet record(SubmissionSchema schema, String name, NodePath path, List<String> only,
            String description) {
        SchemaField field = path.elements().isEmpty() ? schema.rootField() : schema.field(path);
        List<String> required = field.required();
        Map<String, SchemaField> objects = new LinkedHashMap<>();
        List<String> properties = field.propertyNames().stream().filter(p -> only == null || only.contains(p)).toList();
        for (String property : properties) {
            SchemaField child = field.child(property);
            if (child.types().contains("object")) {
                objects.put(property, child);
            }
        }
        // Object properties of one shape (the four "三公" lines, total/basic/project) make a table.
        boolean table = objects.size() >= 2 && objects.values().stream().map(SchemaField::propertyNames).distinct().count() == 1;
        List<TableRow> rows = new ArrayList<>();
        List<FormField> columns = new ArrayList<>();
        List<FormField> fields = new ArrayList<>();
        if (table) {
            SchemaField shape = objects.values().iterator().next();
            for (String column : shape.propertyNames()) {
                columns.add(FormField.of(List.of(column), shape.child(column), shape.required().contains(column)));
            }
        }
        for (String property : properties) {
            SchemaField child = field.child(property);
            if (table && objects.containsKey(property)) {
                rows.add(new TableRow(property, child.title(), required.contains(property)));
            } else if (child.types().contains("object")) {
                for (String nested : child.propertyNames()) {
                    fields.add(FormField.of(List.of(property, nested), child.child(nested),
                            required.contains(property) && child.required().contains(nested)));
                }
            } else {
                fields.add(FormField.of(List.of(property), child, required.contains(property)));
            }
        }
        String text = Objects.requireNonNullElse(description, Descriptions.forWorkbook(field.description(), List.of()));
        return new RecordSheet(name, text, path, path.elements().isEmpty(), rows, columns, fields);
    }
}
