package org.workerscontest.honour;

import static org.workerscontest.honour.api.HonourMessages.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.command.IdempotentCommands;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.scoring.DisciplineDocument;
import org.workerscontest.scoring.ScoringProjection;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.ScoringQueries.ResultRow;
import org.workerscontest.scoring.api.Prize;
import org.workerscontest.scoring.api.ScoringMessages.ResultsPublished;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.shared.DomainRuleViolation;

/**
 * DOMAIN.md skills rule 10: when a provincial-or-higher contest publishes a discipline, each first-prize
 * winner is nominated into the open provincial 五一劳动奖章 round of the contest's year; without such a
 * round the nomination waits as pending for the organizer. It runs with the scoring read model, after the
 * sheets it ranks. A replay (a rebuild, or the start of an in-memory read store) nominates no one: it only
 * lists again as pending the winners whose automatic nomination did not happen when first handled.
 */
@Component
@ProcessingGroup(ScoringProjection.PROCESSING_GROUP)
class AutomaticNominations {

    private static final Logger log = LoggerFactory.getLogger(AutomaticNominations.class);
    private static final MessageOriginProvider ORIGIN = new MessageOriginProvider();

    private final CommandGateway commands;
    private final ContestQueries contests;
    private final ScoringQueries scoring;
    private final HonourQueries honours;
    private final MongoTemplate mongo;
    private final IdempotentCommands requests;

    AutomaticNominations(CommandGateway commands, ContestQueries contests, ScoringQueries scoring,
                         HonourQueries honours, MongoTemplate mongo, IdempotentCommands requests) {
        this.requests = requests;
        this.commands = commands;
        this.contests = contests;
        this.scoring = scoring;
        this.honours = honours;
        this.mongo = mongo;
    }

    @EventHandler
    void on(ResultsPublished event, @Timestamp Instant at, ReplayStatus replay, EventMessage<?> publication) {
        Optional<ContestDocument> contest = contests.contest(event.contestId());
        Optional<DisciplineDocument> discipline = scoring.discipline(event.disciplineId());
        if (contest.isEmpty() || discipline.isEmpty() || !provincialOrHigher(contest.get().level())) {
            return;
        }
        int year = contest.get().startDate().getYear();
        List<ResultRow> firstPrizes = scoring.results(event.disciplineId()).rows().stream()
                .filter(row -> row.prize() == Prize.FIRST).toList();
        Optional<RoundDocument> round = firstPrizes.isEmpty() || replay.isReplay() ? Optional.empty()
                : honours.openRound(MAY_DAY_MEDAL, ContestLevel.PROVINCIAL, year);
        for (ResultRow winner : firstPrizes) {
            String merits = contest.get().name() + " " + discipline.get().name() + " 一等奖（总分 "
                    + winner.total().toPlainString() + "）";
            boolean nominated = replay.isReplay() ? requests.find(CommandMetadata.SYSTEM_USER, requestId(winner)).isPresent()
                    : round.isPresent() && nominate(round.get(), winner, contest.get(), merits, publication);
            if (!nominated) {
                mongo.save(new PendingNominationDocument(winner.competitorId(), contest.get().id(), contest.get().name(),
                        discipline.get().name(), year, winner.name(), winner.team(), winner.employer(), merits, at));
            }
        }
    }

    /** Its own request id: the publication's would be taken for a repeated request. */
    private static String requestId(ResultRow winner) {
        return "auto-nomination:" + winner.competitorId();
    }

    /** @return whether the winner is (now or already) nominated */
    private boolean nominate(RoundDocument round, ResultRow winner, ContestDocument contest, String merits,
                             EventMessage<?> publication) {
        Nominee nominee = new Nominee(RecipientKind.PERSON, winner.name(), null,
                winner.employer() == null ? winner.team() : winner.employer(), null, true, null);
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new Nominate(round.id(),
                    HonourQueries.automaticNominationId(winner.competitorId()), nominee, contest.organizer(), merits, List.of()))
                    .andMetaData(MetaData.from(Map.of(CommandMetadata.USER, CommandMetadata.SYSTEM_USER,
                            CommandMetadata.ROLE, "SYSTEM", CommandMetadata.REQUEST_ID, requestId(winner))))
                    // Traced to the publication, as Axon does for commands sent while handling a message.
                    .andMetaData(ORIGIN.correlationDataFor(publication)));
            return true;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof DomainRuleViolation violation) {
                if (violation.messageKey().equals("error.nomination.exists")) {
                    return true;
                }
                log.info("Automatic nomination of {} refused ({}); kept as pending", winner.name(), violation.getMessage());
                return false;
            }
            throw e;
        }
    }

    private static boolean provincialOrHigher(ContestLevel level) {
        return level == ContestLevel.NATIONAL || level == ContestLevel.PROVINCIAL;
    }
}
