package org.workerscontest.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.shared.CommandMetadata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Every event of every feature becomes one audit entry, so the audit trail is the event log itself. */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
public class AuditProjection {

    public static final String PROCESSING_GROUP = "audit";

    /** Facts that must not be shown even to administrators. */
    private static final Set<String> SECRET_FIELDS = Set.of("passwordHash");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final MongoTemplate mongo;

    public AuditProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        Map<String, Object> details = new LinkedHashMap<>(JSON.convertValue(payload, new TypeReference<>() {
        }));
        SECRET_FIELDS.forEach(details::remove);
        Object contestId = details.get("contestId");
        mongo.save(new AuditEntry(event.getIdentifier(), token.position().orElse(-1), event.getTimestamp(),
                metadata(event, CommandMetadata.USER), metadata(event, CommandMetadata.ROLE),
                metadata(event, CommandMetadata.REQUEST_ID), payload.getClass().getSimpleName(),
                contestId == null ? null : contestId.toString(), details));
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
