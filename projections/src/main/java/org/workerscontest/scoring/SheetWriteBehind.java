package org.workerscontest.scoring;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
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
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.scoring.api.ScoringMessages.FlagConfirmed;
import org.workerscontest.scoring.api.ScoringMessages.MarkEntered;
import org.workerscontest.scoring.api.ScoringMessages.MarkRevised;
import org.workerscontest.scoring.api.ScoringMessages.TheoryScoreRecorded;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

/**
 * Marks are most of the scoring events. Within one batch of the scoring processor they change the
 * sheets in memory, and each changed sheet is written once at the batch's end: one bulk write for a
 * run of marks instead of a read and a write per mark. Before any other event of the processor the
 * batch's sheets are written, so every other handler reads and changes what the marks before it made.
 *
 * <p>The sheets' marks, confirmed flags and theory scores are written only through here, so the sheets
 * last written are kept (a bounded number, least recently used out) and a mark on a known sheet reads
 * nothing from the read store.
 */
@Component
public class SheetWriteBehind {

    /** The events whose sheet changes wait for the end of the batch. */
    static final Set<Class<?>> GATHERED = Set.of(MarkEntered.class, MarkRevised.class, TheoryScoreRecorded.class,
            FlagConfirmed.class);

    /** Sheets are a few kilobytes; more than the competitors of a large contest. */
    private static final int KEPT_SHEETS = 20_000;
    /**
     * Another node can write the sheets only after this node's claim on the scoring events lapsed, which takes
     * the token store's claim timeout (10 s) after this node's last batch, or after this node let go of it for
     * another node's rebuild (which empties what is kept here); within half of that, what is kept here is still
     * what is stored.
     */
    private static final long TRUSTED_NANOS = Duration.ofSeconds(5).toNanos();

    private static final String PENDING = SheetWriteBehind.class.getName() + ".pending";

    private final MongoTemplate mongo;
    /** As in the read store: filled by reads and writes, emptied by a failed batch and a rebuild. */
    private final Map<String, CompetitorDocument> stored = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CompetitorDocument> eldest) {
                    return size() > KEPT_SHEETS;
                }
            });

    private volatile long lastCommit = System.nanoTime();

    public SheetWriteBehind(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The sheet as this batch has left it so far; null for an unknown competitor. */
    CompetitorDocument sheet(String competitorId) {
        Map<String, CompetitorDocument> pending = pending();
        CompetitorDocument changed = pending == null ? null : pending.get(competitorId);
        if (changed != null) {
            return changed;
        }
        CompetitorDocument known = stored.get(competitorId);
        if (known != null) {
            return known;
        }
        CompetitorDocument read = mongo.findById(competitorId, CompetitorDocument.class);
        if (read != null) {
            stored.put(competitorId, read);
        }
        return read;
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

    /** A rebuild starts from empty sheets; one on another node leaves what is kept here behind. */
    public void forget() {
        stored.clear();
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
            Object result = chain.proceed();
            // Written with the batch's last event, not at its commit: the processor stores its position at the
            // commit first, and a node that died between the two would leave the sheets behind that position.
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
                Map<String, CompetitorDocument> pending = unitOfWork.root().getResource(PENDING);
                if (pending != null) {
                    write(pending.values());
                    pending.clear();
                }
            }
            return result;
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
        ids.removeIf(id -> {
            CompetitorDocument known = stored.get(id);
            if (known != null) {
                pending.put(id, known);
            }
            return known != null;
        });
        if (!ids.isEmpty()) {
            mongo.find(query(where("_id").in(ids)), CompetitorDocument.class).forEach(sheet -> {
                stored.put(sheet.id(), sheet);
                pending.put(sheet.id(), sheet);
            });
        }
    }

    private static String competitorOf(Object gathered) {
        return switch (gathered) {
            case MarkEntered mark -> mark.competitorId();
            case MarkRevised revision -> revision.competitorId();
            case TheoryScoreRecorded theory -> theory.competitorId();
            case FlagConfirmed confirmation -> confirmation.competitorId();
            default -> throw new IllegalArgumentException("Not a gathered event: " + gathered.getClass());
        };
    }

    /** A mark as Spring Data writes a {@link CompetitorDocument.Mark}, so that it reads it back the same. */
    private Document markDocument(CompetitorDocument.Mark mark) {
        return new Document("criterionCode", mark.criterionCode()).append("judge", mark.judge())
                .append("value", bson(mark.value())).append("revisions", mark.revisions());
    }

    private Object bson(BigDecimal value) {
        return value == null ? null : mongo.getConverter().convertToMongoType(value);
    }

    /** Outside a unit of work (events handed over one by one) there is no batch: null. */
    private Map<String, CompetitorDocument> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            if (System.nanoTime() - lastCommit > TRUSTED_NANOS) {
                stored.clear();
            }
            batch.afterCommit(unitOfWork -> lastCommit = System.nanoTime());
            Map<String, CompetitorDocument> sheets = new LinkedHashMap<>();
            batch.onPrepareCommit(unitOfWork -> write(sheets.values()));
            // A bulk write may have failed half-way: what is kept may no longer be what is stored.
            batch.onRollback(unitOfWork -> stored.clear());
            return sheets;
        });
    }

    private void write(Collection<CompetitorDocument> sheets) {
        if (sheets.isEmpty()) {
            return;
        }
        // Driver documents, not Spring's update mapping: mapping the marks took half the projection's time in a replay.
        List<UpdateOneModel<Document>> updates = sheets.stream().map(sheet -> new UpdateOneModel<Document>(
                Filters.eq("_id", sheet.id()), Updates.combine(
                        Updates.set("marks", sheet.marks().stream().map(this::markDocument).toList()),
                        Updates.set("confirmedFlags", sheet.confirmedFlags()),
                        Updates.set("theory", bson(sheet.theory()))))).toList();
        mongo.getCollection(mongo.getCollectionName(CompetitorDocument.class)).bulkWrite(updates);
        sheets.forEach(sheet -> stored.put(sheet.id(), sheet));
    }
}
