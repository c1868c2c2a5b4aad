package cn.selfeval.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A location inside the submission document, written as a JSON path: {@code $.procurementProjects[1].awardNoticeOn},
 * or {@code $.selfScores['B5.1.2']} for keys that are not plain identifiers. Elements are property names
 * (String) and array indexes (Integer).
 */
public record NodePath(List<Object> elements) {

    public static final NodePath ROOT = new NodePath(List.of());

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public NodePath {
        elements = List.copyOf(elements);
    }

    public NodePath property(String name) {
        return append(name);
    }

    public NodePath index(int index) {
        return append(index);
    }

    private NodePath append(Object element) {
        List<Object> longer = new ArrayList<>(elements);
        longer.add(element);
        return new NodePath(longer);
    }

    public NodePath parent() {
        return elements.isEmpty() ? this : new NodePath(elements.subList(0, elements.size() - 1));
    }

    /** The node at this path inside {@code root}, or null when the document has nothing there. */
    public JsonNode find(JsonNode root) {
        JsonNode node = root;
        for (Object element : elements) {
            if (node == null) {
                return null;
            }
            node = element instanceof Integer i ? node.get(i) : node.get((String) element);
        }
        return node;
    }

    /** The node at this path, or at the nearest ancestor that exists. */
    public JsonNode findNearest(JsonNode root) {
        for (NodePath path = this; ; path = path.parent()) {
            JsonNode node = path.find(root);
            if (node != null || path.elements.isEmpty()) {
                return node;
            }
        }
    }

    /** Converts a networknt instance location. */
    public static NodePath of(JsonNodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return new NodePath(elements);
    }

    /** Parses the text form produced by {@link #toString()}; returns null for anything else. */
    public static NodePath parse(String text) {
        if (text == null || !text.startsWith("$")) {
            return null;
        }
        List<Object> elements = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                elements.add(text.substring(i + 1, end));
                i = end;
            } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                int end = text.indexOf("']", i + 2);
                if (end < 0) {
                    return null;
                }
                elements.add(text.substring(i + 2, end).replace("\\'", "'"));
                i = end + 2;
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0) {
                    return null;
                }
                try {
                    elements.add(Integer.parseInt(text.substring(i + 1, end)));
                } catch (NumberFormatException e) {
                    return null;
                }
                i = end + 1;
            } else {
                return null;
            }
        }
        return new NodePath(elements);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("$");
        for (Object element : elements) {
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else if (PLAIN_NAME.matcher((String) element).matches()) {
                text.append('.').append(element);
            } else {
                text.append("['").append(((String) element).replace("'", "\\'")).append("']");
            }
        }
        return text.toString();
    }
}
