package cn.selfeval.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * Lines up the descriptions in the parameter and option lists when the names carry Chinese labels
 * ({@code -o, --output-dir=目录}). Picocli pads the name column by characters, but a Chinese character takes two
 * columns on a terminal, so such a line's description started further right than the others.
 */
final class WideCharAlignment {

    private WideCharAlignment() {
    }

    /** For the command and, as picocli passes the section map down, all its subcommands. */
    static void install(CommandLine root) {
        Map<String, IHelpSectionRenderer> sections = root.getHelpSectionMap();
        for (String key : new String[] {CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
                CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST}) {
            IHelpSectionRenderer original = sections.get(key);
            if (original != null) {
                sections.put(key, help -> align(original.render(help), descriptionColumn(help)));
            }
        }
        root.setHelpSectionMap(sections);
    }

    private static int descriptionColumn(Help help) {
        Help.Column[] columns = help.createDefaultLayout().textTable().columns();
        int column = 0;
        for (int i = 0; i < columns.length - 1; i++) {
            column += columns[i].width;
        }
        return column;
    }

    /** Removes from each line's padding as many spaces as its name column has wide characters. */
    static String align(String text, int column) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.length() <= column) {
                out.append(line);
                continue;
            }
            String names = line.substring(0, column);
            String description = line.substring(column);
            int extra = width(names) - names.length();
            int padding = names.length() - names.stripTrailing().length();
            if (extra <= 0) {
                out.append(line);
            } else if (padding > extra) {
                out.append(names, 0, names.length() - extra).append(description);
            } else {
                // the names fill the column: the description goes on the next line, where it belongs
                out.append(names.stripTrailing()).append('\n').append(" ".repeat(column)).append(description.stripLeading());
            }
        }
        return out.toString();
    }

    /** Terminal columns: two for Chinese (and other East Asian wide) characters, one for the rest. */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
