package org.workerscontest.laborcompetition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.workerscontest.command.Commands;
import org.workerscontest.i18n.Translations;
import org.workerscontest.laborcompetition.CampaignDocument.PeriodEntry;
import org.workerscontest.laborcompetition.CampaignDocument.UnitEntry;
import org.workerscontest.laborcompetition.UnitReportDocument.State;
import org.workerscontest.laborcompetition.api.LaborMessages.ImportReports;
import org.workerscontest.laborcompetition.api.LaborMessages.Indicator;
import org.workerscontest.laborcompetition.api.LaborMessages.Report;
import org.workerscontest.ui.ImportCheck;
import org.workerscontest.ui.SpreadsheetRows.ImportRow;

/**
 * Units' reports from a .csv or .xlsx file: a row per unit and period, a column per indicator (headed
 * by its name or code). Taken whole or not at all, every problem listed by row.
 */
@Service
public class LaborImports {

    static final List<String> UNIT = List.of("单位", "unit");
    static final List<String> PERIOD = List.of("期间", "周期", "period");
    static final List<String> NOTE = List.of("备注", "说明", "note");

    private final Commands commands;
    private final LaborQueries queries;
    private final Translations translations;

    public LaborImports(Commands commands, LaborQueries queries, Translations translations) {
        this.commands = commands;
        this.queries = queries;
        this.translations = translations;
    }

    /** @return how many reports were imported */
    public int reports(CampaignDocument campaign, String fileName, byte[] content, Locale locale, String requestId) {
        ImportCheck check = new ImportCheck(translations, locale);
        List<List<String>> columns = new ArrayList<>(List.of(UNIT, PERIOD));
        campaign.indicators().forEach(indicator -> columns.add(List.of(indicator.name(), indicator.code())));
        List<Report> reports = new ArrayList<>();
        for (ImportRow row : check.rows(fileName, content, columns)) {
            String unitName = check.required(row, UNIT);
            String periodText = check.required(row, PERIOD);
            Optional<UnitEntry> unit = campaign.units().stream().filter(entry -> entry.name().equals(unitName))
                    .findFirst();
            Optional<PeriodEntry> period = campaign.periods().stream()
                    .filter(entry -> entry.code().equalsIgnoreCase(String.valueOf(periodText))
                            || entry.name().equals(periodText)).findFirst();
            if (unitName != null && unit.isEmpty()) {
                check.problem(row, "import.unitUnknown", unitName);
            }
            if (periodText != null && period.isEmpty()) {
                check.problem(row, "import.periodUnknown", periodText);
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Indicator indicator : campaign.indicators()) {
                BigDecimal value = check.number(row, List.of(indicator.name(), indicator.code()));
                if (value != null && value.signum() < 0) {
                    check.problem(row, "import.negative", indicator.name(), value.toPlainString());
                }
                values.put(indicator.code(), value);
            }
            if (unit.isPresent() && period.isPresent()) {
                queries.report(campaign.id(), unit.get().unitId(), period.get().code())
                        .filter(report -> report.state() == State.VERIFIED)
                        .ifPresent(report -> check.problem(row, "import.reportVerified", unitName, period.get().name()));
                reports.add(new Report(unit.get().unitId(), period.get().code(), values, row.cell(NOTE)));
            }
        }
        check.send(commands, new ImportReports(campaign.id(), reports), requestId);
        return reports.size();
    }
}
