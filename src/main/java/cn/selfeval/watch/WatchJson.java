package cn.selfeval.watch;

import cn.selfeval.decimal.Numbers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** The watch list as JSON for machines: fields in a fixed order, nothing time-dependent but the as-of date given. */
public final class WatchJson {

    /** Bumped when a field is renamed or removed; adding fields keeps the version. */
    public static final String FORMAT_VERSION = "1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WatchJson() {
    }

    public static String render(WatchList list) {
        try {
            return MAPPER.writeValueAsString(tree(list)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法生成预警的 JSON", e);
        }
    }

    public static ObjectNode tree(WatchList list) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", "selfeval");
        root.put("kind", "watch");
        root.put("submissionFile", list.submissionFile());
        root.putObject("unit").put("name", list.unit().name()).put("district", list.unit().district());
        root.put("year", list.year());
        root.put("asOf", list.asOf().toString());
        root.put("within", list.within());
        ObjectNode pack = root.putObject("rulePack");
        pack.put("id", list.rulePack().id()).put("name", list.rulePack().name()).put("version", list.rulePack().version())
                .put("contentHash", list.rulePack().contentHash());
        list.calendarNotes().forEach(root.putArray("calendarNotes")::add);
        ObjectNode counts = root.putObject("counts");
        for (WatchStatus status : WatchStatus.values()) {
            counts.put(status.code(), list.with(status).size());
        }
        ArrayNode items = root.putArray("items");
        list.items().forEach(i -> items.add(item(i)));
        return root;
    }

    private static ObjectNode item(WatchItem i) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("status", i.status().code());
        node.put("statusLabel", i.status().label());
        node.put("indicatorCode", i.indicatorCode());
        node.put("indicatorName", i.indicatorName());
        node.put("check", i.check());
        node.put("checkFile", i.checkFile());
        node.put("factKind", i.factKind());
        node.put("factId", i.factId());
        node.put("factName", i.factName());
        node.put("task", i.task());
        node.put("counting", i.counting());
        node.put("planned", i.planned());
        node.put("startLabel", i.startLabel());
        node.put("startedOn", text(i.startedOn()));
        node.put("dueOn", text(i.dueOn()));
        node.put("dueText", i.dueText());
        if (i.daysLeft() == null) {
            node.putNull("daysLeft");
        } else {
            node.put("daysLeft", i.daysLeft());
        }
        if (i.workingDaysLeft() == null) {
            node.putNull("workingDaysLeft");
        } else {
            node.put("workingDaysLeft", i.workingDaysLeft());
        }
        node.put("rollOver", i.rollOver());
        node.put("doneOn", text(i.doneOn()));
        node.put("timing", WatchText.timing(i));
        node.put("explanation", i.explanation());
        node.put("requirement", i.requirement());
        i.consequences().forEach(node.putArray("consequences")::add);
        node.put("pointsAtStake", new java.math.BigDecimal(Numbers.plain(i.pointsAtStake())));
        node.put("legalBasis", i.legalBasis());
        node.put("calendarNote", i.calendarNote());
        node.put("where", i.where());
        return node;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
