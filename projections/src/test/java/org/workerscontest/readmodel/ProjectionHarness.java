package org.workerscontest.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An in-memory MongoDB-protocol server and a way to feed events to a projection as Axon would. */
public final class ProjectionHarness implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final MongoTemplate mongo;
    private final AtomicLong position = new AtomicLong();

    public ProjectionHarness() {
        client = MongoClients.create("mongodb://" + hostAndPort(server));
        var factory = new SimpleMongoClientDatabaseFactory(client, "test");
        var mappingContext = new MongoMappingContext();
        var conversions = ReadModelConversions.customConversions();
        mappingContext.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mappingContext.afterPropertiesSet();
        var converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mappingContext);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        mongo = new MongoTemplate(factory, converter);
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    /** Delivers the events, in order, the way a tracking processor would. */
    public void publish(Object projection, Object... payloads) {
        publishAs(projection, MetaData.emptyInstance(), payloads);
    }

    public void publishAs(Object projection, MetaData metaData, Object... payloads) {
        deliver(List.of(projection), metaData, payloads);
    }

    /** Delivers each event to every projection in turn, as one processor with several handlers would. */
    public List<TrackedEventMessage<?>> publishToAll(List<?> projections, Object... payloads) {
        return deliver(projections, MetaData.emptyInstance(), payloads);
    }

    private List<TrackedEventMessage<?>> deliver(List<?> projections, MetaData metaData, Object... payloads) {
        List<TrackedEventMessage<?>> messages = new ArrayList<>();
        for (Object payload : payloads) {
            var event = new GenericEventMessage<Object>(java.util.UUID.randomUUID().toString(), payload, metaData,
                    Instant.parse("2026-09-01T08:00:00Z").plusSeconds(position.get()));
            var tracked = new GenericTrackedEventMessage<>(
                    new GlobalSequenceTrackingToken(position.getAndIncrement()), event);
            redeliver(projections, tracked);
            messages.add(tracked);
        }
        return messages;
    }

    /**
     * Delivers the events as one batch of a tracking processor: one unit of work, committed after the
     * last event, with the processor's interceptor around each event.
     */
    public List<EventMessage<?>> publishInOneBatch(Object projection, MessageHandlerInterceptor<EventMessage<?>> interceptor,
                                                   Object... payloads) {
        List<EventMessage<?>> messages = batchOf(payloads);
        redeliverInOneBatch(projection, interceptor, messages);
        return messages;
    }

    /** The events at the next positions, for {@link #redeliverInOneBatch}. */
    public List<EventMessage<?>> batchOf(Object... payloads) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (Object payload : payloads) {
            messages.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position.getAndIncrement()),
                    new GenericEventMessage<>(payload)));
        }
        return messages;
    }

    public void redeliverInOneBatch(Object projection, MessageHandlerInterceptor<EventMessage<?>> interceptor,
                                    List<EventMessage<?>> messages) {
        redeliverInOneBatch(projection, interceptor, messages, () -> { });
    }

    /** @param storePosition run when the batch commits, before what the handlers registered: as a processor stores its token */
    public void redeliverInOneBatch(Object projection, MessageHandlerInterceptor<EventMessage<?>> interceptor,
                                    List<EventMessage<?>> messages, Runnable storePosition) {
        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.onPrepareCommit(unitOfWork -> storePosition.run());
        ResultMessage<Object> result = batch.executeWithResult(() -> interceptor.handle(batch,
                new DefaultInterceptorChain<>(batch, List.of(), message -> handler.handle(message))),
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult());
        }
    }

    /** A processor without interceptors. */
    public static MessageHandlerInterceptor<EventMessage<?>> noInterceptor() {
        return (unitOfWork, chain) -> chain.proceed();
    }

    /** Hands an already delivered event over again, as a processor does after a crash before its token was stored. */
    public void redeliver(List<?> projections, TrackedEventMessage<?> message) {
        for (Object projection : projections) {
            try {
                new AnnotationEventHandlerAdapter(projection).handle(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The next events get the positions from the first again: a replay of the event store after a reset. */
    public void rewind() {
        position.set(0);
    }

    public void reset(Object projection) {
        new AnnotationEventHandlerAdapter(projection).prepareReset();
    }

    public static MetaData by(String user, String role) {
        return MetaData.from(Map.of("user", user, "role", role, "requestId", "r-" + user));
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
