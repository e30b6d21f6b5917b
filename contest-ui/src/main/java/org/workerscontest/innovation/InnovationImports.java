package org.workerscontest.innovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.workerscontest.command.Commands;
import org.workerscontest.i18n.Translations;
import org.workerscontest.innovation.api.InnovationMessages.RecordResult;
import org.workerscontest.innovation.api.InnovationMessages.ResultDetails;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.ui.ImportCheck;
import org.workerscontest.ui.SpreadsheetRows.ImportRow;
import org.workerscontest.worker.WorkerDocument;
import org.workerscontest.worker.WorkerQueries;

/**
 * Innovation results from a .csv or .xlsx file, a row each; authors by name (and unit when names repeat).
 * Every row is checked first and the file is refused whole, with every problem by row, if any is wrong.
 */
@Service
public class InnovationImports {

    static final List<String> TITLE = List.of("成果名称", "名称", "title");
    static final List<String> KIND = List.of("类别", "成果类别", "kind");
    static final List<String> PATENT = List.of("专利号", "patent number");
    static final List<String> AUTHORS = List.of("完成人", "authors");
    static final List<String> UNIT = List.of("完成单位", "单位", "unit");
    static final List<String> REGION = List.of("地区", "region");
    static final List<String> DATE = List.of("完成日期", "日期", "date");
    static final List<String> DESCRIPTION = List.of("成果简介", "简介", "description");
    static final List<String> CLAIMED = List.of("申报经济效益", "申报效益", "claimed benefit");

    private final Commands commands;
    private final WorkerQueries workers;
    private final InnovationDirectory directory;
    private final Translations translations;

    public InnovationImports(Commands commands, WorkerQueries workers, InnovationDirectory directory,
                             Translations translations) {
        this.commands = commands;
        this.workers = workers;
        this.directory = directory;
        this.translations = translations;
    }

    /** @return how many results were recorded; all of them, or none */
    public int results(String fileName, byte[] content, Locale locale, String requestId) {
        ImportCheck check = new ImportCheck(translations, locale);
        List<WorkerDocument> people = workers.workers();
        List<ResultDetails> rows = new ArrayList<>();
        List<String> patents = new ArrayList<>();
        for (ImportRow row : check.rows(fileName, content, List.of(TITLE, KIND, AUTHORS, UNIT, REGION, DATE))) {
            String title = check.required(row, TITLE);
            ResultKind kind = kind(row, check, locale);
            String unit = check.required(row, UNIT);
            List<String> authorIds = new ArrayList<>();
            String names = check.required(row, AUTHORS);
            for (String name : names == null ? List.<String>of() : Arrays.stream(names.split("[、,，;；\\s]+"))
                    .filter(part -> !part.isBlank()).toList()) {
                List<WorkerDocument> matches = people.stream().filter(worker -> worker.name().equals(name)).toList();
                if (matches.size() > 1) {
                    matches = matches.stream().filter(worker -> worker.unit().equals(unit)).toList();
                }
                if (matches.size() != 1) {
                    check.problem(row, matches.isEmpty() ? "import.authorUnknown" : "import.authorAmbiguous", name);
                } else {
                    authorIds.add(matches.getFirst().id());
                }
            }
            LocalDate date = date(row, check);
            BigDecimal claimed = row.cell(CLAIMED) == null ? null : check.number(row, CLAIMED);
            if (claimed != null && claimed.signum() < 0) {
                check.problem(row, "import.negative", CLAIMED.getFirst(), claimed.toPlainString());
            }
            String patent = row.cell(PATENT);
            if (kind == ResultKind.PATENT && patent != null) {
                String normalized = patent.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
                if (patents.contains(normalized)) {
                    check.problem(row, "import.patentTwice", normalized);
                }
                patents.add(normalized);
            }
            ResultDetails details = new ResultDetails(title, kind, patent, authorIds, unit,
                    check.required(row, REGION), date, row.cell(DESCRIPTION), claimed, null);
            if (title != null && kind != null && unit != null && date != null && names != null
                    && authorIds.size() == names.split("[、,，;；\\s]+").length) {
                try {
                    InnovationResult.valid("", details, directory);
                } catch (DomainRuleViolation violation) {
                    check.problem(row, "import.refusedRow", translations.describe(violation, locale));
                }
            }
            rows.add(details);
        }
        check.refuseIfAny();
        // One command per result: each is an aggregate of its own. The file was checked as a whole first.
        for (ResultDetails details : rows) {
            check.send(commands, new RecordResult(UUID.randomUUID().toString(), details),
                    requestId == null ? null : requestId + ":" + rows.indexOf(details));
        }
        return rows.size();
    }

    private ResultKind kind(ImportRow row, ImportCheck check, Locale locale) {
        String value = check.required(row, KIND);
        if (value == null) {
            return null;
        }
        Optional<ResultKind> kind = Arrays.stream(ResultKind.values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(value)
                        || translations.getTranslation("resultKind." + candidate, Translations.CHINESE).equals(value)
                        || translations.getTranslation("resultKind." + candidate, locale).equalsIgnoreCase(value))
                .findFirst();
        if (kind.isEmpty()) {
            check.problem(row, "import.resultKind", value);
        }
        return kind.orElse(null);
    }

    private static LocalDate date(ImportRow row, ImportCheck check) {
        String value = check.required(row, DATE);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            check.problem(row, "import.date", value);
            return null;
        }
    }
}
