package org.workerscontest.scoring;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.workerscontest.scoring.api.ScoringMessages.MarkEntered;
import org.workerscontest.scoring.api.ScoringMessages.MarkRevised;
import org.workerscontest.scoring.api.ScoringMessages.TheoryScoreRecorded;

/**
 * Marks are most of the scoring events. Within one batch of the scoring processor they change the
 * sheets in memory, and each changed sheet is written once when the batch commits: one read and one
 * bulk write for a run of marks instead of a read and a write per mark. Before any other event of the processor the batch's sheets
 * are written, so every other handler reads and changes what the marks before it made.
 */
@Component
public class SheetWriteBehind {

    /** The events whose sheet changes wait for the end of the batch. */
    static final Set<Class<?>> GATHERED = Set.of(MarkEntered.class, MarkRevised.class, TheoryScoreRecorded.class);

    private static final String PENDING = SheetWriteBehind.class.getName() + ".pending";

    private final MongoTemplate mongo;

    public SheetWriteBehind(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The sheet as this batch has left it so far; null for an unknown competitor. */
    CompetitorDocument sheet(String competitorId) {
        Map<String, CompetitorDocument> pending = pending();
        CompetitorDocument changed = pending == null ? null : pending.get(competitorId);
        return changed != null ? changed : mongo.findById(competitorId, CompetitorDocument.class);
    }

    /** Keeps the sheet's marks, flags and theory score for the batch's end (at once outside a batch). */
    void changed(CompetitorDocument sheet) {
        Map<String, CompetitorDocument> pending = pending();
        if (pending == null) {
            write(List.of(sheet));
        } else {
            pending.put(sheet.id(), sheet);
        }
    }

    /**
     * Writes the batch's sheets before any event that is not gathered; at a gathered event whose sheet is
     * not in memory yet, reads the sheets of it and the gathered events right after it in one query.
     */
    public MessageHandlerInterceptor<EventMessage<?>> writeBeforeOtherEvents() {
        return (unitOfWork, chain) -> {
            EventMessage<?> event = unitOfWork.getMessage();
            if (!GATHERED.contains(event.getPayloadType())) {
                Map<String, CompetitorDocument> pending = unitOfWork.root().getResource(PENDING);
                if (pending != null) {
                    write(pending.values());
                    pending.clear();
                }
            } else if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
                Map<String, CompetitorDocument> pending = pending();
                if (pending != null && !pending.containsKey(competitorOf(event.getPayload()))) {
                    readAhead(batch, event, pending);
                }
            }
            return chain.proceed();
        };
    }

    private void readAhead(BatchingUnitOfWork<?> batch, EventMessage<?> from, Map<String, CompetitorDocument> pending) {
        Set<String> ids = new LinkedHashSet<>();
        List<? extends Message<?>> messages = batch.getMessages();
        for (int i = messages.indexOf(from); i >= 0 && i < messages.size(); i++) {
            Object payload = messages.get(i).getPayload();
            if (!GATHERED.contains(payload.getClass())) {
                break;
            }
            ids.add(competitorOf(payload));
        }
        ids.removeAll(pending.keySet());
        mongo.find(query(where("_id").in(ids)), CompetitorDocument.class)
                .forEach(sheet -> pending.put(sheet.id(), sheet));
    }

    private static String competitorOf(Object gathered) {
        return switch (gathered) {
            case MarkEntered mark -> mark.competitorId();
            case MarkRevised revision -> revision.competitorId();
            case TheoryScoreRecorded theory -> theory.competitorId();
            default -> throw new IllegalArgumentException("Not a gathered event: " + gathered.getClass());
        };
    }

    /** Outside a unit of work (events handed over one by one) there is no batch: null. */
    private Map<String, CompetitorDocument> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            Map<String, CompetitorDocument> sheets = new LinkedHashMap<>();
            batch.onPrepareCommit(unitOfWork -> write(sheets.values()));
            return sheets;
        });
    }

    private void write(Collection<CompetitorDocument> sheets) {
        if (sheets.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, CompetitorDocument.class);
        sheets.forEach(sheet -> bulk.updateOne(query(where("_id").is(sheet.id())),
                Update.update("marks", sheet.marks()).set("confirmedFlags", sheet.confirmedFlags())
                        .set("theory", sheet.theory())));
        bulk.execute();
    }
}
