package org.workerscontest.innovation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.innovation.api.InnovationMessages.*;
import static org.workerscontest.shared.TextRules.requirePresent;
import static org.workerscontest.shared.TextRules.requireText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.workerscontest.shared.DomainRuleViolation;

/** An innovation studio named at a level, led by a worker; results point to it. */
@AggregateRoot(type = "Studio")
public class Studio {

    @AggregateIdentifier
    private String studioId;

    protected Studio() {
        // for Axon
    }

    @CommandHandler
    public Studio(NameStudio command, InnovationDirectory directory) {
        requireText(command.studioId(), "field.studio.id", 64);
        String name = requireText(command.name(), "field.studio.name", MAX_STUDIO_NAME);
        String leader = requireText(command.leaderId(), "field.studio.leader", 64);
        if (!directory.workerExists(leader)) {
            throw new DomainRuleViolation("error.result.unknownAuthor", leader);
        }
        Set<String> members = new LinkedHashSet<>();
        for (String member : command.memberIds() == null ? List.<String>of() : command.memberIds()) {
            if (member == null || !directory.workerExists(member)) {
                throw new DomainRuleViolation("error.result.unknownAuthor", String.valueOf(member));
            }
            members.add(member);
        }
        members.remove(leader);
        apply(new StudioNamed(command.studioId(), name, requirePresent(command.level(), "field.studio.level"), leader,
                requireText(command.unit(), "field.studio.unit", MAX_UNIT), List.copyOf(members),
                requirePresent(command.namedOn(), "field.studio.namedOn")));
    }

    @EventSourcingHandler
    void on(StudioNamed event) {
        studioId = event.studioId();
    }
}
