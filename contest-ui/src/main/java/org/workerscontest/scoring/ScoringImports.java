package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.workerscontest.command.Commands;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.contest.TeamEntry;
import org.workerscontest.i18n.Translations;
import org.workerscontest.scoring.SpreadsheetRows.ImportRow;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;
import org.workerscontest.scoring.api.ScoringMessages.NewCompetitor;
import org.workerscontest.scoring.api.ScoringMessages.RecordTheoryScores;
import org.workerscontest.scoring.api.ScoringMessages.RegisterCompetitors;
import org.workerscontest.shared.DomainRuleViolation;

/**
 * Marking schemes, competitors and theory scores from .csv or .xlsx files. A file is taken whole or not
 * at all: every problem is listed with its row, and only a file without problems is imported (as one
 * command, so the discipline records all of it or none).
 */
@Service
public class ScoringImports {

    static final List<String> CODE = List.of("代码", "code");
    static final List<String> NAME = List.of("名称", "评分项", "name");
    static final List<String> KIND = List.of("方式", "评分方式", "kind");
    static final List<String> MAX_MARK = List.of("满分", "maxmark", "max mark");
    static final List<String> COMPETITOR = List.of("姓名", "选手", "name");
    static final List<String> TEAM = List.of("代表队", "team");
    static final List<String> EMPLOYER = List.of("工作单位", "单位", "employer");
    static final List<String> START_NUMBER = List.of("编号", "no.", "start number");
    static final List<String> THEORY = List.of("理论成绩", "理论", "theory");

    /** The file was refused; the problems are in the user's language, each naming its row. */
    public static class ImportRefused extends RuntimeException {
        private final List<String> problems;

        ImportRefused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final Commands commands;
    private final ScoringQueries scoring;
    private final ContestQueries contests;
    private final Translations translations;

    public ScoringImports(Commands commands, ScoringQueries scoring, ContestQueries contests,
                          Translations translations) {
        this.commands = commands;
        this.scoring = scoring;
        this.contests = contests;
        this.translations = translations;
    }

    /** The criteria of a file, for the discipline form to show before saving. */
    public List<CriterionDefinition> scheme(String fileName, byte[] content, Locale locale) {
        List<ImportRow> rows = rows(fileName, content, locale, List.of(CODE, NAME, KIND, MAX_MARK));
        List<String> problems = new ArrayList<>();
        List<CriterionDefinition> criteria = new ArrayList<>();
        for (ImportRow row : rows) {
            String code = required(row, CODE, problems, locale);
            String name = required(row, NAME, problems, locale);
            CriterionKind kind = kind(row, problems, locale);
            BigDecimal maxMark = number(row, MAX_MARK, problems, locale);
            criteria.add(new CriterionDefinition(code, name, kind, maxMark));
        }
        refuseIfAny(problems, locale);
        return criteria;
    }

    /** Registers every competitor of the file, or none. @return how many */
    public int competitors(DisciplineDocument discipline, String fileName, byte[] content, Locale locale,
                           String requestId) {
        List<ImportRow> rows = rows(fileName, content, locale, List.of(COMPETITOR, TEAM));
        Map<String, String> teamIds = contests.teams(discipline.contestId()).stream().filter(team -> !team.withdrawn())
                .collect(Collectors.toMap(TeamEntry::name, TeamEntry::teamId, (a, b) -> a));
        List<String> problems = new ArrayList<>();
        List<NewCompetitor> competitors = new ArrayList<>();
        for (ImportRow row : rows) {
            String name = required(row, COMPETITOR, problems, locale);
            String team = required(row, TEAM, problems, locale);
            if (team != null && !teamIds.containsKey(team)) {
                problems.add(problem(row, locale, "import.teamUnknown", team));
            }
            competitors.add(new NewCompetitor(UUID.randomUUID().toString(), name, teamIds.get(team),
                    row.cell(EMPLOYER)));
        }
        refuseIfAny(problems, locale);
        send(new RegisterCompetitors(discipline.id(), competitors), requestId, locale);
        return competitors.size();
    }

    /** Records every theory score of the file, or none; competitors by start number, else by name. */
    public int theoryScores(DisciplineDocument discipline, String fileName, byte[] content, Locale locale,
                            String requestId) {
        List<ImportRow> rows = rows(fileName, content, locale, List.of(THEORY));
        List<CompetitorDocument> competitors = scoring.competitors(discipline.id());
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            String number = row.cell(START_NUMBER);
            String name = row.cell(COMPETITOR);
            List<CompetitorDocument> matches = competitors.stream()
                    .filter(competitor -> number != null ? number.matches("\\d+")
                            && competitor.startNumber() == Integer.parseInt(number) : competitor.name().equals(name))
                    .toList();
            BigDecimal score = number(row, THEORY, problems, locale);
            if (matches.size() != 1) {
                problems.add(problem(row, locale, "import.competitorUnknown", number != null ? number : name));
            } else if (score != null) {
                scores.put(matches.getFirst().id(), score);
            }
        }
        refuseIfAny(problems, locale);
        send(new RecordTheoryScores(discipline.id(), scores), requestId, locale);
        return scores.size();
    }

    private void send(Object command, String requestId, Locale locale) {
        try {
            commands.send(command, requestId);
        } catch (DomainRuleViolation violation) {
            throw new ImportRefused(List.of(translations.describe(violation, locale)));
        }
    }

    private List<ImportRow> rows(String fileName, byte[] content, Locale locale, List<List<String>> columns) {
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
        refuseIfAny(missing, locale);
        return rows;
    }

    private String required(ImportRow row, List<String> column, List<String> problems, Locale locale) {
        String value = row.cell(column);
        if (value == null) {
            problems.add(problem(row, locale, "import.required", column.getFirst()));
        }
        return value;
    }

    private BigDecimal number(ImportRow row, List<String> column, List<String> problems, Locale locale) {
        String value = required(row, column, problems, locale);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(problem(row, locale, "import.number", column.getFirst(), value));
            return null;
        }
    }

    private CriterionKind kind(ImportRow row, List<String> problems, Locale locale) {
        String value = required(row, KIND, problems, locale);
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "客观", "客观评分", "MEASUREMENT" -> CriterionKind.MEASUREMENT;
            case "主观", "主观评分", "JUDGEMENT" -> CriterionKind.JUDGEMENT;
            default -> {
                problems.add(problem(row, locale, "import.kind", value));
                yield null;
            }
        };
    }

    private String problem(ImportRow row, Locale locale, String key, Object... arguments) {
        return translations.getTranslation("import.row", locale, row.number(),
                translations.getTranslation(key, locale, arguments));
    }

    private void refuseIfAny(List<String> problems, Locale locale) {
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
    }
}
