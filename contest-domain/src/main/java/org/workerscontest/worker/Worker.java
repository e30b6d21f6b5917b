package org.workerscontest.worker;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.shared.TextRules.optionalText;
import static org.workerscontest.shared.TextRules.requirePresent;
import static org.workerscontest.shared.TextRules.requireText;
import static org.workerscontest.worker.api.WorkerMessages.*;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

/** A worker's record. Two records of the same person are merged by an organizer, later (honours issue). */
@AggregateRoot(type = "Worker")
public class Worker {

    @AggregateIdentifier
    private String workerId;

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

    @EventSourcingHandler
    void on(WorkerRegistered event) {
        workerId = event.workerId();
    }
}
