package org.workerscontest.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.workerscontest.command.Commands;
import org.workerscontest.i18n.Translations;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.ui.SpreadsheetRows.ImportRow;

/**
 * One import of a .csv or .xlsx file, taken whole or not at all: it collects every problem with its row,
 * in the user's language, and refuses the file if there is any.
 */
public final class ImportCheck {

    /** The file was refused; the problems are in the user's language, each naming its row. */
    public static class ImportRefused extends RuntimeException {
        private final List<String> problems;

        public ImportRefused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final Translations translations;
    private final Locale locale;
    private final List<String> problems = new ArrayList<>();

    public ImportCheck(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    /** The rows of a readable, non-empty file that has the given columns (each: its accepted headings). */
    public List<ImportRow> rows(String fileName, byte[] content, List<List<String>> columns) {
        List<ImportRow> rows;
        try {
            rows = SpreadsheetRows.read(fileName, content);
        } catch (SpreadsheetRows.Unreadable e) {
            throw new ImportRefused(List.of(translations.getTranslation("import.unreadable", locale)));
        }
        if (rows.isEmpty()) {
            throw new ImportRefused(List.of(translations.getTranslation("import.empty", locale)));
        }
        List<String> missing = columns.stream().filter(column -> !SpreadsheetRows.hasColumn(rows, column))
                .map(column -> translations.getTranslation("import.missingColumn", locale, column.getFirst())).toList();
        if (!missing.isEmpty()) {
            throw new ImportRefused(missing);
        }
        return rows;
    }

    public String required(ImportRow row, List<String> column) {
        String value = row.cell(column);
        if (value == null) {
            problem(row, "import.required", column.getFirst());
        }
        return value;
    }

    public BigDecimal number(ImportRow row, List<String> column) {
        String value = required(row, column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(row, "import.number", column.getFirst(), value);
            return null;
        }
    }

    public void problem(ImportRow row, String key, Object... arguments) {
        problems.add(translations.getTranslation("import.row", locale, row.number(),
                translations.getTranslation(key, locale, arguments)));
    }

    public void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
    }

    /** Sends the import's one command; a refusal by the domain refuses the file. */
    public void send(Commands commands, Object command, String requestId) {
        refuseIfAny();
        try {
            commands.send(command, requestId);
        } catch (DomainRuleViolation violation) {
            throw new ImportRefused(List.of(translations.describe(violation, locale)));
        }
    }
}
