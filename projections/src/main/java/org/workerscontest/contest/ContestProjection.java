package org.workerscontest.contest;

import static org.workerscontest.contest.api.ContestMessages.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.publicview.PublicChanges;

/** Contest list and teams of a contest. Every handler sets state, so a redelivered event is harmless. */
@Component
@ProcessingGroup(ContestProjection.PROCESSING_GROUP)
public class ContestProjection {

    public static final String PROCESSING_GROUP = "contests";

    private final MongoTemplate mongo;
    private final PublicChanges changes;

    public ContestProjection(MongoTemplate mongo, PublicChanges changes) {
        this.mongo = mongo;
        this.changes = changes;
    }

    @EventHandler
    void on(ContestCreated event, @Timestamp Instant at) {
        mongo.save(new ContestDocument(event.contestId(), event.name(), event.level(), event.organizer(),
                event.startDate(), event.endDate(), at, 0, List.of()));
    }

    @EventHandler
    void on(TeamRegistered event, @Timestamp Instant at) {
        updateTeams(event.contestId(), teams -> {
            teams.removeIf(team -> team.teamId().equals(event.teamId()));
            teams.add(new TeamEntry(event.teamId(), event.name(), event.kind(), event.area(), event.leader(),
                    event.phone(), at, false, null));
            return teams;
        });
    }

    @EventHandler
    void on(TeamRenamed event) {
        updateTeam(event.contestId(), event.teamId(), team -> team.renamed(event.name()));
    }

    @EventHandler
    void on(TeamContactUpdated event) {
        updateTeam(event.contestId(), event.teamId(), team -> team.withContact(event.leader(), event.phone()));
    }

    @EventHandler
    void on(TeamWithdrawn event) {
        updateTeam(event.contestId(), event.teamId(), team -> team.withdrawnFor(event.reason()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ContestDocument.class);
    }

    private void updateTeam(String contestId, String teamId, UnaryOperator<TeamEntry> change) {
        updateTeams(contestId, teams -> {
            teams.replaceAll(team -> team.teamId().equals(teamId) ? change.apply(team) : team);
            return teams;
        });
    }

    private void updateTeams(String contestId, UnaryOperator<List<TeamEntry>> change) {
        ContestDocument contest = mongo.findById(contestId, ContestDocument.class);
        if (contest != null) {
            mongo.save(contest.withTeams(change.apply(new ArrayList<>(contest.teams()))));
            // The medal table lists every active team.
            changes.changed(contestId);
        }
    }
}
