package cn.selfeval.input.workbook;

/** What a cell of the form holds, from the field's JSON Schema type and format. */
public enum FieldType {
    TEXT("文本"),
    NUMBER("数字"),
    INTEGER("整数"),
    BOOLEAN("是/否"),
    DATE("日期"),
    ENUM("下拉选项");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
