package org.workerscontest.scoring;

import org.springframework.stereotype.Service;
import org.workerscontest.command.Commands;
import org.workerscontest.scoring.api.ScoringMessages.DefineDiscipline;
import org.workerscontest.shared.DomainRuleViolation;

/** Defines disciplines for the UI and the API alike, with a readable refusal for a code in use. */
@Service
public class DisciplineSetUp {

    private final Commands commands;
    private final ScoringQueries scoring;

    public DisciplineSetUp(Commands commands, ScoringQueries scoring) {
        this.commands = commands;
        this.scoring = scoring;
    }

    public void define(DefineDiscipline command, String requestId) {
        // The event store refuses a second stream for the id too, but could only say "id in use".
        if (scoring.discipline(command.disciplineId()).isPresent() && !commands.alreadyHandled(requestId)) {
            throw new DomainRuleViolation("error.discipline.codeTaken", command.code());
        }
        commands.send(command, requestId);
    }
}
