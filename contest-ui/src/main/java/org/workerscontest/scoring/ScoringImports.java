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
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;
import org.workerscontest.scoring.api.ScoringMessages.NewCompetitor;
import org.workerscontest.scoring.api.ScoringMessages.RecordTheoryScores;
import org.workerscontest.scoring.api.ScoringMessages.RegisterCompetitors;
import org.workerscontest.ui.ImportCheck;
import org.workerscontest.ui.SpreadsheetRows.ImportRow;

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
        ImportCheck check = new ImportCheck(translations, locale);
        List<CriterionDefinition> criteria = new ArrayList<>();
        for (ImportRow row : check.rows(fileName, content, List.of(CODE, NAME, KIND, MAX_MARK))) {
            String code = check.required(row, CODE);
            String name = check.required(row, NAME);
            CriterionKind kind = kind(row, check);
            BigDecimal maxMark = check.number(row, MAX_MARK);
            criteria.add(new CriterionDefinition(code, name, kind, maxMark));
        }
        check.refuseIfAny();
        return criteria;
    }

    /** Registers every competitor of the file, or none. @return how many */
    public int competitors(DisciplineDocument discipline, String fileName, byte[] content, Locale locale,
                           String requestId) {
        ImportCheck check = new ImportCheck(translations, locale);
        Map<String, String> teamIds = contests.teams(discipline.contestId()).stream().filter(team -> !team.withdrawn())
                .collect(Collectors.toMap(TeamEntry::name, TeamEntry::teamId, (a, b) -> a));
        List<NewCompetitor> competitors = new ArrayList<>();
        for (ImportRow row : check.rows(fileName, content, List.of(COMPETITOR, TEAM))) {
            String name = check.required(row, COMPETITOR);
            String team = check.required(row, TEAM);
            if (team != null && !teamIds.containsKey(team)) {
                check.problem(row, "import.teamUnknown", team);
            }
            competitors.add(new NewCompetitor(UUID.randomUUID().toString(), name, teamIds.get(team),
                    row.cell(EMPLOYER)));
        }
        check.send(commands, new RegisterCompetitors(discipline.id(), competitors), requestId);
        return competitors.size();
    }

    /** Records every theory score of the file, or none; competitors by start number, else by name. */
    public int theoryScores(DisciplineDocument discipline, String fileName, byte[] content, Locale locale,
                            String requestId) {
        ImportCheck check = new ImportCheck(translations, locale);
        List<CompetitorDocument> competitors = scoring.competitors(discipline.id());
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (ImportRow row : check.rows(fileName, content, List.of(THEORY))) {
            String number = row.cell(START_NUMBER);
            String name = row.cell(COMPETITOR);
            List<CompetitorDocument> matches = competitors.stream()
                    .filter(competitor -> number != null ? number.matches("\\d+")
                            && competitor.startNumber() == Integer.parseInt(number) : competitor.name().equals(name))
                    .toList();
            BigDecimal score = check.number(row, THEORY);
            if (matches.size() != 1) {
                check.problem(row, "import.competitorUnknown", number != null ? number : name);
            } else if (score != null) {
                scores.put(matches.getFirst().id(), score);
            }
        }
        check.send(commands, new RecordTheoryScores(discipline.id(), scores), requestId);
        return scores.size();
    }

    private static CriterionKind kind(ImportRow row, ImportCheck check) {
        String value = check.required(row, KIND);
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "客观", "客观评分", "MEASUREMENT" -> CriterionKind.MEASUREMENT;
            case "主观", "主观评分", "JUDGEMENT" -> CriterionKind.JUDGEMENT;
            default -> {
                check.problem(row, "import.kind", value);
                yield null;
            }
        };
    }
}
