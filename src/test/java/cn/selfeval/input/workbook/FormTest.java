package cn.selfeval.input.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.input.NodePath;
import cn.selfeval.input.SchemaField;
import cn.selfeval.input.SubmissionSchema;
import cn.selfeval.input.workbook.FormSheet.ListSheet;
import cn.selfeval.input.workbook.FormSheet.RecordSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The form is derived from the schema: every field of the schema has exactly one place in the workbook. */
class FormTest {

    @Test
    void everyLeafOfTheSchemaHasExactlyOneCellOrColumn() {
        List<String> schemaLeaves = new ArrayList<>();
        leaves(SchemaField.root(SubmissionSchema.get().schemaNode()), "$", schemaLeaves, 0);
        List<String> formLeaves = new ArrayList<>();
        for (FormSheet sheet : Form.get().sheets()) {
            if (sheet instanceof ListSheet list) {
                list.columns().forEach(c -> formLeaves.add(c.under(list.path().index(0)).toString().replace("[0]", "[*]")));
            } else if (sheet instanceof RecordSheet record) {
                record.fields().forEach(f -> formLeaves.add(f.under(record.path()).toString()));
                record.tableRows().forEach(row -> record.tableColumns().forEach(c ->
                        formLeaves.add(c.under(record.path().property(row.name())).toString())));
            } else {
                formLeaves.add("$.selfScores[*]");
            }
        }
        assertEquals(new TreeSet<>(schemaLeaves), new TreeSet<>(formLeaves));
        assertEquals(formLeaves.size(), new TreeSet<>(formLeaves).size(), "a field with two places: " + formLeaves);
    }

    private static void leaves(SchemaField field, String path, List<String> out, int depth) {
        if (field.types().contains("array")) {
            leaves(field.child(0), path + "[*]", out, depth + 1);
        } else if (field.types().contains("object") && !field.propertyNames().isEmpty()) {
            field.propertyNames().forEach(name -> leaves(field.child(name), path + "." + name, out, depth + 1));
        } else if (field.types().contains("object")) {
            out.add(path + "[*]"); // selfScores: code → score
        } else {
            out.add(path);
        }
    }

    @Test
    void workbookDescriptionsHaveNoStraySpaceWhereAJsonWordWasTakenOut() {
        String text = Descriptions.forWorkbook("可选。单位对各指标的自评得分；不填或填 null 表示不提供自评得分。", List.of());
        assertEquals("可选。单位对各指标的自评得分；不填表示不提供自评得分。", text);
    }

    @Test
    void sheetsHaveTheNamesFinanceStaffKnowAndChineseHeaders() {
        List<String> names = Form.get().sheets().stream().map(FormSheet::name).toList();
        assertEquals(List.of("基本信息", "采购项目", "“三公”经费", "公用经费", "预算执行", "资产盘点", "绩效指标",
                "新增预算项目", "财务管理问题", "预决算公开", "绩效信息公开", "绩效管理制度", "绩效评价和监控发现的问题",
                "绩效管理环节", "采购内控制度", "公务接待", "中小企业预留份额", "资产购置", "资产出租、处置收入", "资产账与财务账核对",
                "资产处置、出租出借", "固定资产使用情况", "自评得分"), names);
        ListSheet projects = (ListSheet) Form.get().sheet("采购项目");
        assertEquals(List.of("*项目编号", "*项目名称", "*采购类别", "*采购预算金额（万元）", "*采购方式", "采购意向公开日期",
                "采购活动开始日期", "中标（成交）通知书日期", "合同签订日期", "合同公告日期", "合同备案日期", "豁免情形", "豁免理由",
                "采购方式变更批准日期", "评审结束日期", "评审报告送交日期", "确定中标（成交）供应商日期", "中标（成交）结果公告日期",
                "节能产品品目", "清单品目已采购节能产品", "含环境标志产品品目", "清单品目已采购环境标志产品", "计划采购活动开始日期"),
                projects.columns().stream().map(FormField::header).toList());
        assertTrue(projects.required());
        assertEquals(FieldType.ENUM, projects.columns().get(4).type());
        assertEquals(FieldType.DATE, projects.columns().get(8).type());
        RecordSheet costs = (RecordSheet) Form.get().sheet("“三公”经费");
        assertEquals(List.of("因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"),
                costs.tableRows().stream().map(FormSheet.TableRow::title).toList());
        assertEquals(List.of("预算数", "决算数", "上年决算数"), costs.tableColumns().stream().map(FormField::title).toList());
        RecordSheet execution = (RecordSheet) Form.get().sheet("预算执行");
        assertEquals(List.of("部门预算合计", "基本支出", "项目支出"), execution.tableRows().stream().map(FormSheet.TableRow::title).toList());
        assertEquals(List.of("结转资金", "结余资金", "年初预算数"), execution.fields().stream().map(FormField::title).toList());
        assertEquals(NodePath.ROOT.property("management").property("newBudgetProjects"),
                ((ListSheet) Form.get().sheet("新增预算项目")).path());
    }

    @Test
    void descriptionsSpeakOfTheWorkbookNotOfJson() {
        for (FormSheet sheet : Form.get().sheets()) {
            assertTrue(!sheet.description().contains("[]") && !sheet.description().contains("null"), sheet.description());
            if (sheet instanceof ListSheet list) {
                for (FormField column : list.columns()) {
                    assertTrue(!column.description().contains("null") && !column.description().contains("true/false"),
                            column.description());
                }
            }
        }
        FormField category = ((ListSheet) Form.get().sheet("采购项目")).columns().get(2);
        assertEquals("采购标的的类别：货物、工程、服务。", category.description());
    }
}
