package org.workerscontest.innovation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.workerscontest.i18n.Translations;
import org.workerscontest.innovation.InnovationQueries.Amount;
import org.workerscontest.innovation.InnovationQueries.Statistics;
import org.workerscontest.scoring.ResultExports;
import org.workerscontest.scoring.ResultExports.Table;

/** The innovation statistics as a workbook: a summary and one sheet per breakdown, headed in the reader's language. */
@Service
public class InnovationExports {

    private final Translations translations;
    private final ResultExports exports;

    public InnovationExports(Translations translations, ResultExports exports) {
        this.translations = translations;
        this.exports = exports;
    }

    public byte[] xlsx(Statistics statistics, Locale locale) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(t("statistics.summary", locale), List.of(t("statistics.figure", locale),
                t("statistics.value", locale)), List.of(
                List.of(t("statistics.results", locale), statistics.results()),
                List.of(t("statistics.evaluated", locale), statistics.evaluated()),
                List.of(t("statistics.adopted", locale), statistics.adopted()),
                List.of(t("statistics.withdrawn", locale), statistics.withdrawn()),
                List.of(t("statistics.adoptionRate", locale), statistics.adoptionRate()),
                List.of(t("statistics.claimed", locale), statistics.claimedBenefit()),
                List.of(t("statistics.verified", locale), statistics.verifiedBenefit()))));
        List<List<Object>> kinds = new ArrayList<>();
        statistics.countsByYear().forEach((year, counts) -> counts.forEach((kind, count) -> kinds.add(
                List.of(year, t("resultKind." + kind, locale), count))));
        tables.add(new Table(t("statistics.byKind", locale), List.of(t("result.year", locale),
                t("field.result.kind", locale), t("statistics.results", locale)), kinds));
        tables.add(amounts(t("statistics.byUnit", locale), t("field.result.unit", locale), statistics.byUnit(), locale));
        tables.add(amounts(t("statistics.byRegion", locale), t("field.result.region", locale), statistics.byRegion(),
                locale));
        tables.add(amounts(t("statistics.topStudios", locale), t("field.studio.name", locale),
                statistics.topStudios(), locale));
        return exports.xlsx(tables);
    }

    private Table amounts(String title, String nameHeading, List<Amount> amounts, Locale locale) {
        return new Table(title, List.of(nameHeading, t("statistics.results", locale), t("statistics.verified", locale)),
                amounts.stream().map(amount -> List.<Object>of(amount.name(), amount.results(), amount.verifiedBenefit()))
                        .toList());
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
