package org.workerscontest.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.workerscontest.i18n.Translations;
import org.workerscontest.scoring.ScoringQueries.ResultRow;
import org.workerscontest.scoring.ScoringQueries.TeamStandingRow;

/**
 * A discipline's results and a contest's team standings as spreadsheets, with Chinese headings: the
 * files organizers print, sign and file. Numbers stay numbers in .xlsx; CSV is UTF-8 with a byte-order
 * mark so that Excel shows the Chinese text.
 */
@Component
public class ResultExports {

    /** A table to write: headings and rows of text or numbers. */
    public record Table(String title, List<String> headings, List<List<Object>> rows) {
    }

    private final Translations translations;

    public ResultExports(Translations translations) {
        this.translations = translations;
    }

    public Table results(DisciplineDocument discipline, ScoringQueries.Results results, Locale locale) {
        List<String> headings = headings(locale, "competitor.column.rank", "competitor.column.start",
                "competitor.column.name", "competitor.column.team", "competitor.column.theory",
                "competitor.column.practical", "competitor.column.total", "competitor.column.prize");
        List<List<Object>> rows = new ArrayList<>();
        for (ResultRow row : results.rows()) {
            rows.add(List.of(row.rank(), "%03d".formatted(row.startNumber()), row.name(), row.team(),
                    row.theory(), row.practical(), row.total(),
                    row.prize() == null ? "" : translations.getTranslation("prize." + row.prize(), locale)));
        }
        return new Table(discipline.name(), headings, rows);
    }

    public Table standings(String contestName, List<TeamStandingRow> standings, Locale locale) {
        List<String> headings = headings(locale, "standings.column.rank", "standings.column.team",
                "standings.column.first", "standings.column.second", "standings.column.third",
                "standings.column.totalSum");
        List<List<Object>> rows = standings.stream().map(row -> List.<Object>of(row.rank(), row.team(), row.first(),
                row.second(), row.third(), row.totalSum())).toList();
        return new Table(contestName, headings, rows);
    }

    private List<String> headings(Locale locale, String... keys) {
        return List.of(keys).stream().map(key -> translations.getTranslation(key, locale)).toList();
    }

    public byte[] csv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            csv.printRecord(table.headings());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(value -> value == null ? "" : value instanceof BigDecimal number
                        ? number.toPlainString() : value.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] xlsx(Table table) {
        return xlsx(List.of(table));
    }

    /** One sheet per table. */
    public byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table table : tables) {
                sheet(workbook, table, bold);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Table table, CellStyle bold) {
        // Sheet names may not hold some characters and are at most 31 long.
        Sheet sheet = workbook.createSheet(table.title().replaceAll("[\\\\/?*\\[\\]:]", " ")
                .substring(0, Math.min(31, table.title().length())));
        Row heading = sheet.createRow(0);
        for (int i = 0; i < table.headings().size(); i++) {
            heading.createCell(i).setCellValue(table.headings().get(i));
            heading.getCell(i).setCellStyle(bold);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    row.createCell(c).setCellValue(value == null ? "" : value.toString());
                }
            }
        }
        for (int i = 0; i < table.headings().size(); i++) {
            sheet.setColumnWidth(i, 14 * 256);
        }
    }
}
