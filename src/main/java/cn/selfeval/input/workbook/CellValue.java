package cn.selfeval.input.workbook;

/**
 * What a cell holds as the reader sees it: for a formula, its cached result (the value Excel or WPS showed when
 * the file was saved); a formula saved without one is told apart, never read as 0.
 */
sealed interface CellValue {

    record Blank() implements CellValue {
    }

    record Text(String text) implements CellValue {
    }

    /** A number with what the cell's own format makes of it (a date, a percentage). */
    record Number(double value, boolean dateFormatted, boolean percentFormatted) implements CellValue {
    }

    record Bool(boolean value) implements CellValue {
    }

    /** An error value such as #DIV/0!, usually a formula's result ({@code formula} null when typed as such). */
    record Error(String code, String formula) implements CellValue {
    }

    /** A formula saved without a result ({@code formula} empty when the file shares it from another cell). */
    record NoCachedValue(String formula) implements CellValue {
    }

    /** A cell whose XML cannot be read as any value (a number that is not one, a missing shared string). */
    record Unreadable(String problem) implements CellValue {
    }

    CellValue BLANK = new Blank();

    /** Text as typed; blank when only spaces. */
    static CellValue text(String text) {
        return text == null || isBlank(text) ? BLANK : new Text(strip(text));
    }

    /** Blank also when only spaces, full-width spaces or no-break spaces. */
    static boolean isBlank(String text) {
        return strip(text).isEmpty();
    }

    static String strip(String text) {
        return text.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
    }
}
