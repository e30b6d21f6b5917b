package org.workerscontest.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.shared.CommandMetadata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;

/** Every event of every feature becomes one audit entry, so the audit trail is the event log itself. */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
public class AuditProjection {

    public static final String PROCESSING_GROUP = "audit";

    /** Facts that must not be shown even to administrators. */
    private static final Set<String> SECRET_FIELDS = Set.of("passwordHash");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String PENDING = AuditProjection.class.getName() + ".pending";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    public AuditProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        record(entry(payload, event, token));
    }

    AuditEntry entry(Object payload, EventMessage<?> event, TrackingToken token) {
        Map<String, Object> details = new LinkedHashMap<>(JSON.convertValue(payload, new TypeReference<>() {
        }));
        SECRET_FIELDS.forEach(details::remove);
        Object contestId = details.get("contestId");
        return new AuditEntry(event.getIdentifier(), token.position().orElse(-1), event.getTimestamp(),
                metadata(event, CommandMetadata.USER), metadata(event, CommandMetadata.ROLE),
                metadata(event, CommandMetadata.REQUEST_ID), payload.getClass().getSimpleName(),
                contestId == null ? null : contestId.toString(), details);
    }

    /**
     * In a processor's batch the entries are inserted together at the batch's last event. An entry's id is
     * its event's, so a redelivered batch finds its entries there already and adds nothing.
     */
    private void record(AuditEntry entry) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(List.of(entry));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<AuditEntry> entries = batch.getOrComputeResource(PENDING, key -> {
            List<AuditEntry> pending = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> write(pending));
            return pending;
        });
        entries.add(entry);
        // Every event is recorded, so the batch's last is too: written then, before the processor stores its
        // position at the commit; a node that died between the two would leave entries behind that position.
        if (batch instanceof BatchingUnitOfWork<?> events && events.isLastMessage()) {
            write(entries);
            entries.clear();
        }
    }

    private void write(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // Plain inserts, not upserts, which first look each id up.
        try {
            mongo.getCollection(mongo.getCollectionName(AuditEntry.class)).insertMany(
                    entries.stream().map(this::document).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // An entry is the same whenever its event is handled: one already there is kept.
            if (!e.getWriteErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /**
     * The entry as Spring Data writes an {@link AuditEntry}, built directly: Spring's mapping of the details,
     * which it inspects value by value, took half the audit trail's time in a replay. Values other than text,
     * numbers and booleans are still converted by Spring, so they are stored as before.
     */
    Document document(AuditEntry entry) {
        Document document = new Document("_id", entry.id()).append("position", entry.position());
        putUnlessNull(document, "at", bson(entry.at()));
        putUnlessNull(document, "user", entry.user());
        putUnlessNull(document, "role", entry.role());
        putUnlessNull(document, "requestId", entry.requestId());
        putUnlessNull(document, "type", entry.type());
        putUnlessNull(document, "contestId", entry.contestId());
        putUnlessNull(document, "details", bson(entry.details()));
        return document.append("_class", AuditEntry.class.getName());
    }

    private static void putUnlessNull(Document document, String key, Object value) {
        if (value != null) {
            document.append(key, value);
        }
    }

    private Object bson(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text;
            case Integer number -> number;
            case Long number -> number;
            case Double number -> number;
            case Boolean flag -> flag;
            case Map<?, ?> map -> {
                Document document = new Document();
                map.forEach((key, item) -> document.append(key.toString(), bson(item)));
                yield document;
            }
            case List<?> list -> list.stream().map(this::bson).toList();
            default -> mongo.getConverter().convertToMongoType(value);
        };
    }

    private static String metadata(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(AuditEntry.class);
    }
}
