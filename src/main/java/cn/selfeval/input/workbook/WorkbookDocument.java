package cn.selfeval.input.workbook;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A workbook read into the same JSON tree a JSON submission gives, so that every check runs on it unchanged, with
 * the cell each value came from.
 */
public record WorkbookDocument(ObjectNode tree, WorkbookMap map) {
}
