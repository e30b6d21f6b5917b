package org.workerscontest.honour;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.honour.api.HonourMessages.*;
import static org.workerscontest.shared.TextRules.optionalText;
import static org.workerscontest.shared.TextRules.requirePresent;
import static org.workerscontest.shared.TextRules.requireText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.honour.api.RoundState;
import org.workerscontest.shared.DomainRuleViolation;

/**
 * One selection round of one honour at one level and year: open for nominations → reviewing → in public
 * notice → concluded. The round holds its nominations because the quota, the objections and the
 * front-line share are rules over all of them.
 */
@AggregateRoot(type = "SelectionRound")
public class SelectionRound {

    @AggregateIdentifier
    private String roundId;
    private RecipientKind recipientKind;
    private int quota;
    private int noticeDays;
    private Integer minFrontLinePercent;
    private RoundState state;
    private LocalDate noticeStarts;
    private LocalDate noticeEnds;
    private final Map<String, NominationState> nominations = new LinkedHashMap<>();
    private final Map<String, String> openObjections = new LinkedHashMap<>();

    private enum Stage { PENDING, SHORTLISTED, REJECTED, WITHDRAWN, CONFERRED, REVOKED }

    private record NominationState(String name, boolean person, boolean frontLine, Stage stage) {
        NominationState at(Stage next) {
            return new NominationState(name, person, frontLine, next);
        }
    }

    protected SelectionRound() {
        // for Axon
    }

    @CommandHandler
    public SelectionRound(OpenRound command) {
        requireText(command.roundId(), "field.round.id", 64);
        String code = requireText(command.honourCode(), "field.round.honour", 30);
        String name = requireText(command.honourName(), "field.round.honour", MAX_NAME);
        requirePresent(command.recipientKind(), "field.round.recipientKind");
        requirePresent(command.level(), "field.round.level");
        if (command.year() < 2000 || command.year() > 2100) {
            throw new DomainRuleViolation("error.round.year", command.year());
        }
        if (command.quota() < 1) {
            throw new DomainRuleViolation("error.round.quota", command.quota());
        }
        int days = command.noticeDays() == null ? DEFAULT_NOTICE_DAYS : command.noticeDays();
        if (days < DEFAULT_NOTICE_DAYS) {
            throw new DomainRuleViolation("error.round.noticeTooShort", DEFAULT_NOTICE_DAYS);
        }
        Integer share = command.minFrontLinePercent();
        if (share != null && (share < 0 || share > 100)) {
            throw new DomainRuleViolation("error.round.frontLineShare", share);
        }
        apply(new RoundOpened(command.roundId(), code, name, command.recipientKind(), command.level(), command.year(),
                command.quota(), days, share,
                optionalText(command.conferringBody(), "field.round.conferringBody", MAX_NAME)));
    }

    @CommandHandler
    public void handle(Nominate command) {
        requireState(RoundState.OPEN, "error.round.notOpen");
        String id = requireText(command.nominationId(), "field.nomination.id", 64);
        if (nominations.containsKey(id)) {
            throw new DomainRuleViolation("error.nomination.exists", id);
        }
        Nominee nominee = requirePresent(command.nominee(), "field.nomination.nominee");
        if (nominee.kind() != recipientKind) {
            throw new DomainRuleViolation("error.nomination.wrongKind", "field.recipientKind." + recipientKind);
        }
        String name = requireText(nominee.name(), "field.nomination.name", MAX_NAME);
        boolean person = nominee.kind() == RecipientKind.PERSON;
        Nominee valid = new Nominee(nominee.kind(), name,
                // A contest result names no gender; the review form asks for it.
                person ? nominee.gender() : null,
                requireText(nominee.employer(), "field.nomination.employer", 100),
                person ? optionalText(nominee.position(), "field.nomination.position", 50) : null,
                person && nominee.frontLine(), optionalText(nominee.workerId(), "field.nomination.worker", 64));
        List<String> attachments = new ArrayList<>();
        for (String title : command.attachmentTitles() == null ? List.<String>of() : command.attachmentTitles()) {
            String trimmed = optionalText(title, "field.nomination.attachments", 100);
            if (trimmed != null) {
                attachments.add(trimmed);
            }
        }
        apply(new Nominated(roundId, id, valid, requireText(command.nominatedBy(), "field.nomination.nominatedBy", 100),
                requireText(command.merits(), "field.nomination.merits", MAX_TEXT), attachments));
    }

    @CommandHandler
    public void handle(CloseNominations command) {
        requireState(RoundState.OPEN, "error.round.notOpen");
        if (nominations.isEmpty()) {
            throw new DomainRuleViolation("error.round.noNominations");
        }
        apply(new NominationsClosed(roundId));
    }

    @CommandHandler
    public void handle(Shortlist command) {
        requireState(RoundState.REVIEWING, "error.round.notReviewing");
        NominationState nomination = nomination(command.nominationId());
        if (nomination.stage() != Stage.PENDING) {
            throw new DomainRuleViolation("error.nomination.decided", nomination.name());
        }
        long shortlisted = count(Stage.SHORTLISTED);
        if (shortlisted >= quota) {
            throw new DomainRuleViolation("error.round.quotaFull", quota, nomination.name());
        }
        apply(new Shortlisted(roundId, command.nominationId()));
    }

    @CommandHandler
    public void handle(RejectNomination command) {
        requireState(RoundState.REVIEWING, "error.round.notReviewing");
        NominationState nomination = nomination(command.nominationId());
        if (nomination.stage() != Stage.PENDING && nomination.stage() != Stage.SHORTLISTED) {
            throw new DomainRuleViolation("error.nomination.decided", nomination.name());
        }
        apply(new NominationRejected(roundId, command.nominationId(),
                requireText(command.reason(), "field.reason", MAX_REASON)));
    }

    @CommandHandler
    public void handle(StartPublicNotice command) {
        requireState(RoundState.REVIEWING, "error.round.notReviewing");
        long pending = count(Stage.PENDING);
        if (pending > 0) {
            throw new DomainRuleViolation("error.round.undecided", pending);
        }
        if (count(Stage.SHORTLISTED) == 0) {
            throw new DomainRuleViolation("error.round.noneShortlisted");
        }
        LocalDate starts = requirePresent(command.startsOn(), "field.round.noticeStarts");
        apply(new PublicNoticeStarted(roundId, starts, starts.plusDays(noticeDays - 1L)));
    }

    @CommandHandler
    public void handle(FileObjection command) {
        requireState(RoundState.PUBLIC_NOTICE, "error.objection.noNotice");
        NominationState nomination = nomination(command.nominationId());
        if (nomination.stage() != Stage.SHORTLISTED) {
            throw new DomainRuleViolation("error.objection.notInNotice", nomination.name());
        }
        LocalDate filed = requirePresent(command.filedOn(), "field.objection.filedOn");
        if (filed.isBefore(noticeStarts) || filed.isAfter(noticeEnds)) {
            throw new DomainRuleViolation("error.objection.outsideNotice", noticeStarts, noticeEnds);
        }
        apply(new ObjectionFiled(roundId, requireText(command.objectionId(), "field.objection.id", 64),
                command.nominationId(), optionalText(command.name(), "field.objection.name", 30),
                requireText(command.contact(), "field.objection.contact", 100),
                requireText(command.text(), "field.objection.text", MAX_TEXT), filed));
    }

    @CommandHandler
    public void handle(ResolveObjection command) {
        String nominationId = openObjections.get(command.objectionId());
        if (nominationId == null) {
            throw new DomainRuleViolation("error.objection.none", String.valueOf(command.objectionId()));
        }
        String reason = requireText(command.reason(), "field.reason", MAX_REASON);
        if (command.upheld()) {
            apply(new ObjectionUpheld(roundId, command.objectionId(), nominationId, reason));
            if (nominations.get(nominationId).stage() == Stage.SHORTLISTED) {
                apply(new NominationWithdrawn(roundId, nominationId, reason));
            }
        } else {
            apply(new ObjectionDismissed(roundId, command.objectionId(), nominationId, reason));
        }
    }

    @CommandHandler
    public void handle(Confer command) {
        requireState(RoundState.PUBLIC_NOTICE, "error.conferral.noNotice");
        LocalDate on = requirePresent(command.conferredOn(), "field.round.conferredOn");
        if (!on.isAfter(noticeEnds)) {
            throw new DomainRuleViolation("error.conferral.noticeRunning", noticeEnds);
        }
        if (!openObjections.isEmpty()) {
            throw new DomainRuleViolation("error.conferral.objectionsOpen", openObjections.size());
        }
        List<String> conferred = nominations.entrySet().stream()
                .filter(entry -> entry.getValue().stage() == Stage.SHORTLISTED).map(Map.Entry::getKey).toList();
        if (conferred.isEmpty()) {
            throw new DomainRuleViolation("error.round.noneShortlisted");
        }
        if (minFrontLinePercent != null) {
            List<NominationState> persons = conferred.stream().map(nominations::get).filter(NominationState::person)
                    .toList();
            long frontLine = persons.stream().filter(NominationState::frontLine).count();
            if (!persons.isEmpty() && frontLine * 100 < (long) minFrontLinePercent * persons.size()) {
                throw new DomainRuleViolation("error.conferral.frontLineShare", frontLine, persons.size(),
                        minFrontLinePercent);
            }
        }
        apply(new HonoursConferred(roundId, conferred, on));
    }

    @CommandHandler
    public void handle(Revoke command) {
        NominationState nomination = nomination(command.nominationId());
        if (nomination.stage() != Stage.CONFERRED) {
            throw new DomainRuleViolation("error.revocation.notConferred", nomination.name());
        }
        apply(new HonourRevoked(roundId, command.nominationId(), requireText(command.reason(), "field.reason",
                MAX_REASON)));
    }

    private void requireState(RoundState wanted, String key) {
        if (state != wanted) {
            throw new DomainRuleViolation(key, "field.roundState." + state);
        }
    }

    private NominationState nomination(String nominationId) {
        NominationState nomination = nominationId == null ? null : nominations.get(nominationId);
        if (nomination == null) {
            throw new DomainRuleViolation("error.nomination.unknown", String.valueOf(nominationId));
        }
        return nomination;
    }

    private long count(Stage stage) {
        return nominations.values().stream().filter(nomination -> nomination.stage() == stage).count();
    }

    private void move(String nominationId, Stage stage) {
        nominations.computeIfPresent(nominationId, (id, nomination) -> nomination.at(stage));
    }

    @EventSourcingHandler
    void on(RoundOpened event) {
        roundId = event.roundId();
        recipientKind = event.recipientKind();
        quota = event.quota();
        noticeDays = event.noticeDays();
        minFrontLinePercent = event.minFrontLinePercent();
        state = RoundState.OPEN;
    }

    @EventSourcingHandler
    void on(Nominated event) {
        nominations.put(event.nominationId(), new NominationState(event.nominee().name(),
                event.nominee().kind() == RecipientKind.PERSON, event.nominee().frontLine(), Stage.PENDING));
    }

    @EventSourcingHandler
    void on(NominationsClosed event) {
        state = RoundState.REVIEWING;
    }

    @EventSourcingHandler
    void on(Shortlisted event) {
        move(event.nominationId(), Stage.SHORTLISTED);
    }

    @EventSourcingHandler
    void on(NominationRejected event) {
        move(event.nominationId(), Stage.REJECTED);
    }

    @EventSourcingHandler
    void on(PublicNoticeStarted event) {
        state = RoundState.PUBLIC_NOTICE;
        noticeStarts = event.startsOn();
        noticeEnds = event.endsOn();
    }

    @EventSourcingHandler
    void on(ObjectionFiled event) {
        openObjections.put(event.objectionId(), event.nominationId());
    }

    @EventSourcingHandler
    void on(ObjectionUpheld event) {
        openObjections.remove(event.objectionId());
    }

    @EventSourcingHandler
    void on(ObjectionDismissed event) {
        openObjections.remove(event.objectionId());
    }

    @EventSourcingHandler
    void on(NominationWithdrawn event) {
        move(event.nominationId(), Stage.WITHDRAWN);
    }

    @EventSourcingHandler
    void on(HonoursConferred event) {
        state = RoundState.CONCLUDED;
        event.nominationIds().forEach(id -> move(id, Stage.CONFERRED));
    }

    @EventSourcingHandler
    void on(HonourRevoked event) {
        move(event.nominationId(), Stage.REVOKED);
    }
}
