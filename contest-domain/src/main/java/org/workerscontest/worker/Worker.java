package org.workerscontest.worker;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.shared.TextRules.optionalText;
import static org.workerscontest.shared.TextRules.requirePresent;
import static org.workerscontest.shared.TextRules.requireText;
import static org.workerscontest.worker.api.WorkerMessages.*;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.workerscontest.shared.DomainRuleViolation;

/**
 * A worker's record. Two records of the same person are merged when an organizer confirms it; the
 * merged record stays in the history (innovation results still name it) but takes no further part.
 */
@AggregateRoot(type = "Worker")
public class Worker {

    @AggregateIdentifier
    private String workerId;
    private String name;
    private String mergedInto;
    private final Set<String> distinctFrom = new HashSet<>();

    protected Worker() {
        // for Axon
    }

    @CommandHandler
    public Worker(RegisterWorker command) {
        requireText(command.workerId(), "field.worker.id", 64);
        apply(new WorkerRegistered(command.workerId(), requireText(command.name(), "field.worker.name", MAX_NAME),
                requirePresent(command.gender(), "field.worker.gender"),
                requireText(command.unit(), "field.worker.unit", MAX_UNIT),
                requireText(command.region(), "field.worker.region", MAX_REGION),
                optionalText(command.position(), "field.worker.position", MAX_POSITION), command.frontLine()));
    }

    @CommandHandler
    void handle(MergeWorker command, WorkerDirectory directory) {
        String survivor = other(command.survivorId(), directory);
        apply(new WorkerMerged(workerId, survivor));
    }

    @CommandHandler
    void handle(DeclareDistinct command, WorkerDirectory directory) {
        String other = other(command.otherWorkerId(), directory);
        if (!distinctFrom.contains(other)) {
            apply(new WorkersDeclaredDistinct(workerId, other));
        }
    }

    /** The other record of a merge or distinction: listed, not this one, and this one not merged already. */
    private String other(String otherId, WorkerDirectory directory) {
        if (mergedInto != null) {
            throw new DomainRuleViolation("error.worker.merged", name);
        }
        String other = requireText(otherId, "field.worker.other", 64);
        if (other.equals(workerId)) {
            throw new DomainRuleViolation("error.worker.sameRecord");
        }
        if (!directory.isListed(other)) {
            throw new DomainRuleViolation("error.worker.unknown", other);
        }
        return other;
    }

    @EventSourcingHandler
    void on(WorkerRegistered event) {
        workerId = event.workerId();
        name = event.name();
    }

    @EventSourcingHandler
    void on(WorkerMerged event) {
        mergedInto = event.survivorId();
    }

    @EventSourcingHandler
    void on(WorkersDeclaredDistinct event) {
        distinctFrom.add(event.otherWorkerId());
    }
}
