package org.workerscontest.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The rows of an uploaded .csv (UTF-8, with or without byte-order mark) or .xlsx (first sheet), each as
 * heading → text, with the row number a person sees in Excel (the heading row is 1).
 */
public final class SpreadsheetRows {

    public record ImportRow(int number, Map<String, String> cells) {
        /** The first present cell under any of the given headings (Chinese or English). */
        public String cell(List<String> headings) {
            for (String heading : headings) {
                String value = cells.get(normalize(heading));
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            return null;
        }
    }

    /** The file cannot be read as a table at all. */
    public static class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private SpreadsheetRows() {
    }

    public static List<ImportRow> read(String fileName, byte[] content) throws Unreadable {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return xlsx(content);
            }
            if (name.endsWith(".csv")) {
                return csv(content);
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(e.getMessage());
        }
        throw new Unreadable(fileName);
    }

    /** Whether the file has a column under one of these headings. */
    public static boolean hasColumn(List<ImportRow> rows, List<String> headings) {
        return !rows.isEmpty() && headings.stream().map(SpreadsheetRows::normalize)
                .anyMatch(heading -> rows.getFirst().cells().containsKey(heading));
    }

    static String normalize(String heading) {
        return heading == null ? "" : heading.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    private static List<ImportRow> csv(byte[] content) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.EXCEL.parse(reader).getRecords();
            if (records.isEmpty()) {
                return rows;
            }
            List<String> headings = records.getFirst().toList().stream().map(SpreadsheetRows::normalize).toList();
            for (int i = 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < headings.size() && c < record.size(); c++) {
                    cells.put(headings.get(c), record.get(c));
                }
                if (cells.values().stream().anyMatch(value -> !value.isBlank())) {
                    rows.add(new ImportRow(i + 1, cells));
                }
            }
        }
        return rows;
    }

    private static List<ImportRow> xlsx(byte[] content) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headingRow = sheet.getRow(sheet.getFirstRowNum());
            if (headingRow == null) {
                return rows;
            }
            List<String> headings = new ArrayList<>();
            for (int c = 0; c < headingRow.getLastCellNum(); c++) {
                Cell cell = headingRow.getCell(c);
                headings.add(normalize(cell == null ? "" : formatter.formatCellValue(cell)));
            }
            for (int r = headingRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < headings.size(); c++) {
                    Cell cell = row.getCell(c);
                    cells.put(headings.get(c), cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (cells.values().stream().anyMatch(value -> !value.isBlank())) {
                    rows.add(new ImportRow(r + 1, cells));
                }
            }
        }
        return rows;
    }
}
