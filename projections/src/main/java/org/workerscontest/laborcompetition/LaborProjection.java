package org.workerscontest.laborcompetition;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.workerscontest.laborcompetition.api.LaborMessages.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.workerscontest.laborcompetition.CampaignDocument.PeriodEntry;
import org.workerscontest.laborcompetition.CampaignDocument.UnitEntry;
import org.workerscontest.laborcompetition.CampaignDocument.VetoEntry;
import org.workerscontest.laborcompetition.UnitReportDocument.State;
import org.workerscontest.publicview.PublicChanges;
import org.workerscontest.shared.CommandMetadata;

/** Campaigns and their reports. Every handler sets state, so a redelivered event is harmless. */
@Component
@ProcessingGroup(LaborProjection.PROCESSING_GROUP)
public class LaborProjection {

    public static final String PROCESSING_GROUP = "labor";

    private final MongoTemplate mongo;
    private final PublicChanges changes;

    public LaborProjection(MongoTemplate mongo, PublicChanges changes) {
        this.mongo = mongo;
        this.changes = changes;
    }

    @EventHandler
    void on(CampaignCreated event, @Timestamp Instant at) {
        mongo.save(new CampaignDocument(event.campaignId(), event.name(), event.theme(), event.organizer(),
                event.periods().stream().map(period -> new PeriodEntry(period.code(), period.name(), false)).toList(),
                event.units().stream().map(unit -> new UnitEntry(unit.unitId(), unit.name(), List.of())).toList(),
                event.indicators(), event.awardCount(), event.awardName(), List.of(), false, List.of(), at));
        changes.changed(event.campaignId());
    }

    @EventHandler
    void on(ReportersAssigned event) {
        updateCampaign(event.campaignId(), campaign -> campaign.withUnits(campaign.units().stream()
                .map(unit -> unit.unitId().equals(event.unitId())
                        ? new UnitEntry(unit.unitId(), unit.name(), event.reporters()) : unit).toList()));
    }

    @EventHandler
    void on(ReportSubmitted event, EventMessage<?> message) {
        String id = UnitReportDocument.idOf(event.campaignId(), event.unitId(), event.periodCode());
        UnitReportDocument existing = mongo.findById(id, UnitReportDocument.class);
        if (existing != null && message.getIdentifier().equals(existing.lastEventId())) {
            return;
        }
        int corrections = event.correction() && existing != null ? existing.corrections() + 1 : 0;
        mongo.save(new UnitReportDocument(id, event.campaignId(), event.unitId(), event.periodCode(), event.values(),
                event.note(), State.SUBMITTED, null, user(message), message.getTimestamp(), null, null, corrections,
                message.getIdentifier()));
    }

    @EventHandler
    void on(ReportVerified event, EventMessage<?> message) {
        decide(event.campaignId(), event.unitId(), event.periodCode(), Update.update("state", State.VERIFIED)
                .set("values", event.values()), message);
        changes.changed(event.campaignId());
    }

    @EventHandler
    void on(ReportRejected event, EventMessage<?> message) {
        decide(event.campaignId(), event.unitId(), event.periodCode(), Update.update("state", State.REJECTED)
                .set("rejectReason", event.reason()), message);
    }

    private void decide(String campaignId, String unitId, String periodCode, Update update, EventMessage<?> message) {
        mongo.updateFirst(query(where("_id").is(UnitReportDocument.idOf(campaignId, unitId, periodCode))),
                update.set("decidedBy", user(message)).set("decidedAt", message.getTimestamp()),
                UnitReportDocument.class);
    }

    @EventHandler
    void on(PeriodClosed event) {
        updateCampaign(event.campaignId(), campaign -> campaign.withPeriods(campaign.periods().stream()
                .map(period -> period.code().equals(event.periodCode())
                        ? new PeriodEntry(period.code(), period.name(), true) : period).toList()));
    }

    @EventHandler
    void on(UnitVetoed event, EventMessage<?> message) {
        updateCampaign(event.campaignId(), campaign -> {
            List<VetoEntry> vetoes = new ArrayList<>(campaign.vetoes());
            vetoes.removeIf(veto -> veto.unitId().equals(event.unitId()) && veto.periodCode().equals(event.periodCode()));
            vetoes.add(new VetoEntry(event.unitId(), event.periodCode(), event.reason(), message.getTimestamp(),
                    user(message)));
            return campaign.withVetoes(vetoes);
        });
    }

    @EventHandler
    void on(VetoLifted event) {
        updateCampaign(event.campaignId(), campaign -> campaign.withVetoes(campaign.vetoes().stream()
                .filter(veto -> !(veto.unitId().equals(event.unitId()) && veto.periodCode().equals(event.periodCode())))
                .toList()));
    }

    @EventHandler
    void on(CampaignConcluded event) {
        updateCampaign(event.campaignId(), campaign -> campaign.concludedWith(event.awardedUnitIds()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(CampaignDocument.class);
        mongo.dropCollection(UnitReportDocument.class);
    }

    private void updateCampaign(String campaignId, UnaryOperator<CampaignDocument> change) {
        CampaignDocument campaign = mongo.findById(campaignId, CampaignDocument.class);
        if (campaign != null) {
            mongo.save(change.apply(campaign));
            changes.changed(campaignId);
        }
    }

    private static String user(EventMessage<?> message) {
        Object user = message.getMetaData().get(CommandMetadata.USER);
        return user == null ? null : user.toString();
    }
}
