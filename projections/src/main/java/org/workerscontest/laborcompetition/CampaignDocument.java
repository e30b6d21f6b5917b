package org.workerscontest.laborcompetition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.laborcompetition.api.LaborMessages.Indicator;

/** A campaign's set-up and state; its reports are documents of their own. */
@Document("campaigns")
public record CampaignDocument(@Id String id, String name, String theme, String organizer, List<PeriodEntry> periods,
                               List<UnitEntry> units, List<Indicator> indicators, int awardCount, String awardName,
                               List<VetoEntry> vetoes, boolean concluded, List<String> awardedUnitIds,
                               Instant createdAt) {

    public record PeriodEntry(String code, String name, boolean closed) {
    }

    public record UnitEntry(String unitId, String name, List<String> reporters) {
        public UnitEntry {
            reporters = reporters == null ? List.of() : reporters;
        }
    }

    /** A veto in force; a lifted one is only in the history. */
    public record VetoEntry(String unitId, String periodCode, String reason, Instant at, String by) {
    }

    public CampaignDocument {
        periods = periods == null ? List.of() : periods;
        units = units == null ? List.of() : units;
        indicators = indicators == null ? List.of() : indicators;
        vetoes = vetoes == null ? List.of() : vetoes;
        awardedUnitIds = awardedUnitIds == null ? List.of() : awardedUnitIds;
    }

    CampaignDocument withPeriods(List<PeriodEntry> newPeriods) {
        return new CampaignDocument(id, name, theme, organizer, newPeriods, units, indicators, awardCount, awardName,
                vetoes, concluded, awardedUnitIds, createdAt);
    }

    CampaignDocument withUnits(List<UnitEntry> newUnits) {
        return new CampaignDocument(id, name, theme, organizer, periods, newUnits, indicators, awardCount, awardName,
                vetoes, concluded, awardedUnitIds, createdAt);
    }

    CampaignDocument withVetoes(List<VetoEntry> newVetoes) {
        return new CampaignDocument(id, name, theme, organizer, periods, units, indicators, awardCount, awardName,
                newVetoes, concluded, awardedUnitIds, createdAt);
    }

    CampaignDocument concludedWith(List<String> awarded) {
        return new CampaignDocument(id, name, theme, organizer, periods, units, indicators, awardCount, awardName,
                vetoes, true, awarded, createdAt);
    }

    public Optional<UnitEntry> unit(String unitId) {
        return units.stream().filter(unit -> unit.unitId().equals(unitId)).findFirst();
    }

    public String unitName(String unitId) {
        return unit(unitId).map(UnitEntry::name).orElse(unitId);
    }

    public Optional<PeriodEntry> period(String periodCode) {
        return periods.stream().filter(period -> period.code().equals(periodCode)).findFirst();
    }

    /** The unit a reporter reports for, if any. */
    public Optional<UnitEntry> unitOfReporter(String username) {
        return units.stream().filter(unit -> unit.reporters().contains(username)).findFirst();
    }

    public boolean vetoed(String unitId, String periodCode) {
        return vetoes.stream().anyMatch(veto -> veto.unitId().equals(unitId) && veto.periodCode().equals(periodCode));
    }
}
