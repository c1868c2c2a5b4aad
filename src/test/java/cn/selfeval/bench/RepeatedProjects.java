package cn.selfeval.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Large submissions for the workbook benchmarks: a real one with its procurement projects repeated. */
final class RepeatedProjects {

    private RepeatedProjects() {
    }

    /** {@code base} with its projects repeated to {@code rows}, each with its own id (smeReservations dropped). */
    static ObjectNode of(ObjectNode base, int rows) {
        ObjectNode document = base.deepCopy();
        ArrayNode original = (ArrayNode) base.get("procurementProjects");
        ArrayNode projects = document.putArray("procurementProjects");
        for (int i = 0; i < rows; i++) {
            ObjectNode project = ((ObjectNode) original.get(i % original.size())).deepCopy();
            project.put("id", String.format("ZC2023-%05d", i + 1));
            projects.add(project);
        }
        ((ObjectNode) document.get("assetManagement")).remove("smeReservations");
        return document;
    }
}
