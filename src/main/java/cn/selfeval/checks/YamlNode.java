package cn.selfeval.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML file that knows its line, so that every problem in a check can name the line to fix. Reading
 * helpers report a missing or wrongly shaped entry as a problem and return null instead of throwing.
 */
final class YamlNode {

    private final Node node;
    private final String file;
    private final CheckProblems problems;

    private YamlNode(Node node, String file, CheckProblems problems) {
        this.node = node;
        this.file = file;
        this.problems = problems;
    }

    /** The document of a file, or null (with a problem) when it is not valid YAML. */
    static YamlNode parse(String text, String file, CheckProblems problems) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
            if (root == null) {
                problems.at(new Position(file, 1), "文件是空的");
                return null;
            }
            return new YamlNode(root, file, problems);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.at(new Position(file, line), "不是有效的 YAML：" + e.getProblem());
            return null;
        }
    }

    Position position() {
        return new Position(file, node.getStartMark().getLine() + 1);
    }

    CheckProblems problems() {
        return problems;
    }

    String file() {
        return file;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The text of a scalar (null for a YAML null); a problem and null for a list or mapping. */
    String text(String what) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            return "null".equals(value) || "~".equals(value) ? null : value;
        }
        problems.at(position(), what + "应为一个值，不能是列表或键值表");
        return null;
    }

    /** The entries of a mapping in file order; keys not in {@code allowed} are problems. Null when not a mapping. */
    Map<String, YamlNode> mapping(String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(position(), what + "应为键值表（键: 值）");
            return null;
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.at(new YamlNode(tuple.getKeyNode(), file, problems).position(), what + "的键应为名称");
                continue;
            }
            String name = key.getValue();
            if (allowed != null && !allowed.contains(name)) {
                problems.at(new YamlNode(key, file, problems).position(), what + "中不认识的键 " + name
                        + CheckProblems.didYouMean(name, List.copyOf(allowed)) + "，可用：" + String.join("、", allowed));
                continue;
            }
            entries.put(name, new YamlNode(tuple.getValueNode(), file, problems));
        }
        return entries;
    }

    /** The line of a mapping's key (for problems about the entry as a whole). */
    Position keyPosition(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return new YamlNode(scalar, file, problems).position();
                }
            }
        }
        return position();
    }

    /** The items of a list; a single value counts as a list of one. */
    List<YamlNode> items() {
        List<YamlNode> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(n -> items.add(new YamlNode(n, file, problems)));
        } else {
            items.add(this);
        }
        return items;
    }

    /** The scalar texts of a list (or of a single value). */
    List<String> texts(String what) {
        List<String> texts = new ArrayList<>();
        for (YamlNode item : items()) {
            String text = item.text(what);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }
}
