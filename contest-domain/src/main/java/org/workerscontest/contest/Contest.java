package org.workerscontest.contest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.contest.api.ContestMessages.*;
import static org.workerscontest.shared.TextRules.optionalText;
import static org.workerscontest.shared.TextRules.requirePresent;
import static org.workerscontest.shared.TextRules.requireText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.shared.PhoneNumbers;

/**
 * A skills contest and its registered teams. Teams live inside the contest so that the rule "team names
 * are unique within a contest" is decided in one place.
 */
@AggregateRoot(type = "Contest")
public class Contest {

    @AggregateIdentifier
    private String contestId;
    private final Map<String, TeamState> teams = new LinkedHashMap<>();
    /** The award ceremony in progress, if any: what every screen of the contest shows. */
    private CeremonyState ceremony;

    private record TeamState(String name, boolean withdrawn) {
    }

    private record CeremonyState(String disciplineCode, List<CeremonyWinner> winners, int revealed) {
    }

    protected Contest() {
        // for Axon
    }

    @CommandHandler
    public Contest(CreateContest command) {
        requireText(command.contestId(), "field.contest.id", 64);
        String name = requireText(command.name(), "field.contest.name", MAX_CONTEST_NAME);
        requirePresent(command.level(), "field.contest.level");
        String organizer = requireText(command.organizer(), "field.contest.organizer", MAX_ORGANIZER);
        requirePresent(command.startDate(), "field.contest.startDate");
        requirePresent(command.endDate(), "field.contest.endDate");
        if (command.endDate().isBefore(command.startDate())) {
            throw new DomainRuleViolation("error.contest.endBeforeStart", command.startDate(), command.endDate());
        }
        apply(new ContestCreated(command.contestId(), name, command.level(), organizer, command.startDate(),
                command.endDate()));
    }

    @CommandHandler
    public String handle(RegisterTeam command) {
        requireText(command.teamId(), "field.team.id", 64);
        if (teams.containsKey(command.teamId())) {
            throw new DomainRuleViolation("error.team.idTaken", command.teamId());
        }
        String name = requireUniqueName(command.name(), null);
        requirePresent(command.kind(), "field.team.kind");
        String area = requireText(command.area(), "field.team.area", MAX_AREA);
        String leader = requireText(command.leader(), "field.team.leader", MAX_LEADER);
        String phone = PhoneNumbers.requireValid(command.phone(), "field.team.phone");
        apply(new TeamRegistered(contestId, command.teamId(), name, command.kind(), area, leader, phone));
        return command.teamId();
    }

    @CommandHandler
    public void handle(RenameTeam command) {
        TeamState team = activeTeam(command.teamId());
        String name = requireUniqueName(command.name(), command.teamId());
        if (!name.equals(team.name())) {
            apply(new TeamRenamed(contestId, command.teamId(), team.name(), name));
        }
    }

    @CommandHandler
    public void handle(UpdateTeamContact command) {
        TeamState team = activeTeam(command.teamId());
        String leader = requireText(command.leader(), "field.team.leader", MAX_LEADER);
        String phone = PhoneNumbers.requireValid(command.phone(), "field.team.phone");
        apply(new TeamContactUpdated(contestId, command.teamId(), team.name(), leader, phone));
    }

    @CommandHandler
    public void handle(WithdrawTeam command) {
        TeamState team = activeTeam(command.teamId());
        String reason = optionalText(command.reason(), "field.reason", MAX_REASON);
        apply(new TeamWithdrawn(contestId, command.teamId(), team.name(), reason));
    }

    /** Whether the discipline is published is the caller's check: the contest does not hold results. */
    @CommandHandler
    public void handle(StartCeremony command) {
        String code = requireText(command.disciplineCode(), "field.discipline.code", 64);
        String name = requireText(command.disciplineName(), "field.discipline.name", 100);
        if (command.winners() == null || command.winners().isEmpty()) {
            throw new DomainRuleViolation("error.ceremony.noWinners", name);
        }
        apply(new CeremonyStarted(contestId, code, name, List.copyOf(command.winners())));
    }

    /** Past the last winner there is nothing more to reveal: no event. */
    @CommandHandler
    public void handle(RevealNextWinner command) {
        CeremonyState current = runningCeremony();
        if (current.revealed() < current.winners().size()) {
            apply(new WinnerRevealed(contestId, current.disciplineCode(), current.revealed() + 1,
                    current.winners().get(current.revealed())));
        }
    }

    @CommandHandler
    public void handle(HideLastWinner command) {
        CeremonyState current = runningCeremony();
        if (current.revealed() > 0) {
            apply(new WinnerHidden(contestId, current.disciplineCode(), current.revealed() - 1,
                    current.winners().get(current.revealed() - 1)));
        }
    }

    @CommandHandler
    public void handle(EndCeremony command) {
        if (ceremony != null) {
            apply(new CeremonyEnded(contestId, ceremony.disciplineCode()));
        }
    }

    private CeremonyState runningCeremony() {
        if (ceremony == null) {
            throw new DomainRuleViolation("error.ceremony.none");
        }
        return ceremony;
    }

    private TeamState activeTeam(String teamId) {
        TeamState team = teams.get(teamId);
        if (team == null) {
            throw new DomainRuleViolation("error.team.unknown", teamId);
        }
        if (team.withdrawn()) {
            throw new DomainRuleViolation("error.team.withdrawn", team.name());
        }
        return team;
    }

    /** Names are compared without case and surrounding spaces; withdrawn teams free their name. */
    private String requireUniqueName(String requested, String exceptTeamId) {
        String name = requireText(requested, "field.team.name", MAX_TEAM_NAME);
        String key = name.toLowerCase(Locale.ROOT);
        teams.forEach((id, team) -> {
            if (!id.equals(exceptTeamId) && !team.withdrawn() && team.name().toLowerCase(Locale.ROOT).equals(key)) {
                throw new DomainRuleViolation("error.team.nameTaken", name);
            }
        });
        return name;
    }

    @EventSourcingHandler
    void on(ContestCreated event) {
        contestId = event.contestId();
    }

    @EventSourcingHandler
    void on(TeamRegistered event) {
        teams.put(event.teamId(), new TeamState(event.name(), false));
    }

    @EventSourcingHandler
    void on(TeamRenamed event) {
        teams.computeIfPresent(event.teamId(), (id, team) -> new TeamState(event.name(), team.withdrawn()));
    }

    @EventSourcingHandler
    void on(TeamWithdrawn event) {
        teams.computeIfPresent(event.teamId(), (id, team) -> new TeamState(team.name(), true));
    }

    @EventSourcingHandler
    void on(CeremonyStarted event) {
        ceremony = new CeremonyState(event.disciplineCode(), event.winners(), 0);
    }

    @EventSourcingHandler
    void on(WinnerRevealed event) {
        ceremony = new CeremonyState(ceremony.disciplineCode(), ceremony.winners(), event.revealed());
    }

    @EventSourcingHandler
    void on(WinnerHidden event) {
        ceremony = new CeremonyState(ceremony.disciplineCode(), ceremony.winners(), event.revealed());
    }

    @EventSourcingHandler
    void on(CeremonyEnded event) {
        ceremony = null;
    }
}
