package cn.selfeval.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A round's list of units: the 单位名称 column of an .xlsx (first sheet) or a .csv (UTF-8, with or without BOM). */
public final class Roster {

    public static final String COLUMN = "单位名称";

    private Roster() {
    }

    /** @throws ReviewException (400) naming the file and, where it is, the cell */
    public static List<String> read(String fileName, byte[] bytes) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        List<String> names = zip ? xlsx(fileName, bytes) : lower.endsWith(".csv") || !zip ? csv(fileName, bytes) : List.of();
        if (names.isEmpty()) {
            throw ReviewException.badRequest(fileName + "：名单中没有单位（“" + COLUMN + "”列下没有名称）");
        }
        return names;
    }

    /**
     * The name a unit is matched by and shown with: Unicode-normalised (full-width letters and digits as half-width),
     * trimmed — but with the full-width brackets of Chinese names (“某街道（示例）”): NFKC would make them “(”, and the
     * round would show a unit's name otherwise than its card and report do.
     */
    public static String normalise(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .replace('(', '（').replace(')', '）');
    }

    private static List<String> csv(String fileName, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            if (!parser.getHeaderMap().containsKey(COLUMN)) {
                throw ReviewException.badRequest(fileName + " 第1行：没有“" + COLUMN + "”列（表头为 "
                        + String.join("、", parser.getHeaderNames()) + "）");
            }
            Set<String> names = new LinkedHashSet<>();
            for (CSVRecord record : parser) {
                String name = normalise(record.isMapped(COLUMN) && record.isSet(COLUMN) ? record.get(COLUMN) : "");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return new ArrayList<>(names);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ReviewException.badRequest(fileName + "：不是可读的 CSV 名单（" + e.getMessage() + "）");
        }
    }

    private static List<String> xlsx(String fileName, byte[] bytes) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 9); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (Cell cell : row) {
                    if (COLUMN.equals(normalise(format.formatCellValue(cell)))) {
                        return column(sheet, r, cell.getColumnIndex(), format);
                    }
                }
            }
            throw ReviewException.badRequest(fileName + " " + sheet.getSheetName() + "!A1：前10行中没有“" + COLUMN + "”列");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReviewException r) {
                throw r;
            }
            throw ReviewException.badRequest(fileName + "：不是可读的 .xlsx 名单（" + e.getClass().getSimpleName() + "）");
        }
    }

    private static List<String> column(Sheet sheet, int headerRow, int column, DataFormatter format) {
        Set<String> names = new LinkedHashSet<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            String name = cell == null ? "" : normalise(format.formatCellValue(cell));
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

}
