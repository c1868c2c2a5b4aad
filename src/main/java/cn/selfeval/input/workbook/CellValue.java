package cn.selfeval.input.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * What a cell holds as the reader sees it: for a formula, its cached result (the value Excel or WPS showed when
 * the file was saved); a formula saved without one is told apart, never read as 0.
 */
sealed interface CellValue {

    record Blank() implements CellValue {
    }

    record Text(String text) implements CellValue {
    }

    /** A number with what the cell's format makes of it (a date, a percentage). */
    record Number(double value, boolean dateFormatted, boolean percentFormatted) implements CellValue {
    }

    record Bool(boolean value) implements CellValue {
    }

    /** A formula whose cached result is an error such as #DIV/0!. */
    record Error(String code, String formula) implements CellValue {
    }

    /** A formula saved without a result. */
    record NoCachedValue(String formula) implements CellValue {
    }

    CellValue BLANK = new Blank();

    static CellValue of(Cell cell) {
        if (cell == null) {
            return BLANK;
        }
        CellType type = cell.getCellType();
        String formula = null;
        if (type == CellType.FORMULA) {
            formula = cell.getCellFormula();
            if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                return new NoCachedValue(formula);
            }
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING: {
                String text = cell.getStringCellValue();
                return text == null || isBlank(text) ? BLANK : new Text(strip(text));
            }
            case NUMERIC: {
                String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
                boolean date = DateUtil.isCellDateFormatted(cell) || chineseBuiltInDate(cell);
                boolean percent = !date && format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
                return new Number(cell.getNumericCellValue(), date, percent);
            }
            case BOOLEAN:
                return new Bool(cell.getBooleanCellValue());
            case ERROR: {
                String code;
                try {
                    code = FormulaError.forInt(cell.getErrorCellValue()).getString();
                } catch (RuntimeException e) {
                    code = "#错误";
                }
                return new Error(code, formula);
            }
            default:
                return BLANK;
        }
    }

    /**
     * The built-in number formats of Chinese Excel and WPS that are dates (27–31, 36 and 50–58, e.g. 31 is
     * yyyy"年"m"月"d"日"): a file names them by number only, so their format string is unknown to POI.
     */
    private static boolean chineseBuiltInDate(Cell cell) {
        if (cell.getCellStyle() == null) {
            return false;
        }
        int id = cell.getCellStyle().getDataFormat();
        String format = cell.getCellStyle().getDataFormatString();
        boolean named = format != null && !format.startsWith("reserved") && !format.equals("General");
        return !named && (id >= 27 && id <= 31 || id == 36 || id >= 50 && id <= 58);
    }

    /** Blank also when only spaces, full-width spaces or no-break spaces. */
    static boolean isBlank(String text) {
        return strip(text).isEmpty();
    }

    static String strip(String text) {
        return text.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
    }
}
