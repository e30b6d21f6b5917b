package org.workerscontest.laborcompetition;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.workerscontest.command.Commands;
import org.workerscontest.laborcompetition.api.LaborMessages.CreateCampaign;
import org.workerscontest.laborcompetition.api.LaborMessages.Indicator;
import org.workerscontest.laborcompetition.api.LaborMessages.Period;
import org.workerscontest.laborcompetition.api.LaborMessages.Unit;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.user.api.Role;

/** What the campaign screens and the API share: creating a campaign, and who may see which reports. */
@Service
public class Campaigns {

    /** A new campaign as people describe it: units by name; no periods means the four quarters. */
    public record NewCampaign(String name, String theme, String organizer, List<Period> periods, List<String> units,
                              List<Indicator> indicators, int awardCount, String awardName) {
    }

    private final Commands commands;
    private final LaborQueries queries;

    public Campaigns(Commands commands, LaborQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public static List<Period> quarters() {
        return List.of(new Period("Q1", "第一季度"), new Period("Q2", "第二季度"), new Period("Q3", "第三季度"),
                new Period("Q4", "第四季度"));
    }

    /** @return the new campaign's id; units get ids U01, U02, … in the order given */
    public String create(NewCampaign campaign, String requestId) {
        List<Unit> units = new ArrayList<>();
        List<String> names = campaign.units() == null ? List.of() : campaign.units();
        for (int i = 0; i < names.size(); i++) {
            units.add(new Unit("U%02d".formatted(i + 1), names.get(i)));
        }
        String id = UUID.randomUUID().toString();
        commands.send(new CreateCampaign(id, campaign.name(), campaign.theme(), campaign.organizer(),
                campaign.periods() == null || campaign.periods().isEmpty() ? quarters() : campaign.periods(), units,
                campaign.indicators(), campaign.awardCount(), campaign.awardName()), requestId);
        return id;
    }

    public CampaignDocument existing(String campaignId) {
        return queries.campaign(campaignId)
                .orElseThrow(() -> new DomainRuleViolation("error.campaign.unknown", campaignId));
    }

    /** Organizers see every campaign; a unit reporter those they report in. */
    public List<CampaignDocument> visibleTo(String username, Role role) {
        return role == Role.UNIT_REPORTER ? queries.campaignsOfReporter(username) : queries.campaigns();
    }

    /** Organizers see every report; a unit reporter only their own unit's. */
    public List<UnitReportDocument> reportsVisibleTo(CampaignDocument campaign, String username, Role role) {
        if (role != Role.UNIT_REPORTER) {
            return queries.reports(campaign.id());
        }
        String unitId = campaign.unitOfReporter(username).map(CampaignDocument.UnitEntry::unitId).orElse(null);
        return queries.reports(campaign.id()).stream().filter(report -> report.unitId().equals(unitId)).toList();
    }
}
