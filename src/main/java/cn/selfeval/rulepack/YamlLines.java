package cn.selfeval.rulepack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds where keys and values sit in a YAML file, so that a problem can be reported with its line. */
public final class YamlLines {

    /** A scalar value of a field, with its line and the nearest enclosing {@code name} field (if any). */
    public record Located(String value, int line, String enclosingName) {
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlLines() {
    }

    /** The line of every key of the top-level mapping. */
    public static Map<String, Integer> topLevelKeys(Path file) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser parser = FACTORY.createParser(file.toFile())) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && depth == 1) {
                    lines.put(parser.currentName(), parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * Every scalar value of a field named {@code field}, anywhere in the file, in file order.
     *
     * @throws JsonProcessingException when the file is not valid YAML
     */
    public static List<Located> valuesOf(Path file, String field) throws JsonProcessingException {
        List<Located> found = new ArrayList<>();
        // The innermost "name" seen at each open mapping depth.
        List<String> names = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(file.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    names.add(null);
                } else if (token.isStructEnd()) {
                    names.remove(names.size() - 1);
                } else if (token.isScalarValue()) {
                    String key = parser.currentName();
                    if (field.equals(key)) {
                        found.add(new Located(parser.getText(), parser.currentTokenLocation().getLineNr(),
                                nearestName(names)));
                    }
                    if ("name".equals(key) && !names.isEmpty()) {
                        names.set(names.size() - 1, parser.getText());
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String nearestName(List<String> names) {
        for (int i = names.size() - 1; i >= 0; i--) {
            if (names.get(i) != null) {
                return names.get(i);
            }
        }
        return null;
    }
}
