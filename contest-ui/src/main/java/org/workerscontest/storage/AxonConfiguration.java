package org.workerscontest.storage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workerscontest.contest.Contest;
import org.workerscontest.honour.Honour;
import org.workerscontest.honour.SelectionRound;
import org.workerscontest.innovation.InnovationResult;
import org.workerscontest.innovation.Studio;
import org.workerscontest.laborcompetition.Campaign;
import org.workerscontest.ops.CommandMetrics;
import org.workerscontest.ops.EventMetrics;
import org.workerscontest.scoring.Discipline;
import org.workerscontest.scoring.ScoringProjection;
import org.workerscontest.scoring.SheetWriteBehind;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.storage.EventStoreConfiguration.EventStoreSchema;
import org.workerscontest.user.UserAccount;
import org.workerscontest.worker.Worker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.micrometer.core.instrument.MeterRegistry;

/** Aggregates, serialization, metadata propagation, processors and interceptors of Axon. */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    private static final int PROCESSOR_BATCH_SIZE = 5000;
    /** Per aggregate type; a discipline with every mark is a few hundred kilobytes at most. */
    private static final int CACHED_AGGREGATES = 500;

    /** Jackson 2 for Axon's messages: dates as ISO text, unknown fields tolerated for evolving events. */
    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The domain module knows no Spring, so its aggregates are registered here. Tracking processors keep
     * their position in the token store, so a restart resumes instead of replaying.
     */
    @Bean
    ConfigurerModule aggregates(SheetWriteBehind sheets, EventStoreSchema schema) {
        boolean verified = schema.sharedByNodes();
        return configurer -> {
            for (Class<?> aggregateType : List.of(Contest.class, UserAccount.class, Discipline.class, Campaign.class,
                    Worker.class, InnovationResult.class, Studio.class, SelectionRound.class, Honour.class)) {
                configurer.configureAggregate(cached(aggregateType, verified));
            }
            // Batches share one transaction and one token update: under load, and in a replay, a processor
            // keeps up. A processor without a position (a new read store) replays what is stored.
            // Read models and positions live in MongoDB, outside the event store's transactions. A processor
            // batch in a JDBC transaction would only hold a connection, and the commands an event handler sends
            // (automatic nominations) would join it and commit only with the batch.
            configurer.eventProcessing().registerDefaultTransactionManager(configuration -> NoTransactionManager.INSTANCE);
            configurer.eventProcessing().usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing().andBatchSize(PROCESSOR_BATCH_SIZE)
                            // A node without the claim tries every second: it takes over soon after a claim lapses.
                            .andTokenClaimInterval(1, TimeUnit.SECONDS)
                            .andInitialTrackingToken(AxonConfiguration::replayOfWhatIsStored));
            configurer.eventProcessing().registerHandlerInterceptor(ScoringProjection.PROCESSING_GROUP,
                    configuration -> sheets.writeBeforeOtherEvents());
        };
    }

    /**
     * The events already stored were handled before, when the read store that was lost or replaced had them:
     * they come again as a replay, so handlers with effects beyond the read models ({@code @DisallowReplay},
     * {@code ReplayStatus}) do not act on them twice. An empty store gives no replay.
     */
    private static TrackingToken replayOfWhatIsStored(StreamableMessageSource<TrackedEventMessage<?>> source) {
        TrackingToken head = source.createHeadToken();
        return head == null ? source.createTailToken() : ReplayToken.createReplayToken(head, source.createTailToken());
    }

    /**
     * Keeps loaded aggregates in memory, so a command does not replay the aggregate's whole history: a
     * discipline gathers thousands of marks. The least recently used go beyond a bound. On an event store that
     * other nodes write to, a kept aggregate is first brought up to the events they stored for it.
     */
    private static <T> AggregateConfigurer<T> cached(Class<T> aggregateType, boolean verified) {
        return AggregateConfigurer.defaultConfiguration(aggregateType).configureCache(configuration -> verified
                ? new BoundedAggregateCache(CACHED_AGGREGATES, new BoundedAggregateCache.StoredEvents() {
                    @Override
                    public Optional<Long> lastSequenceNumber(String aggregateId) {
                        return configuration.eventStore().lastSequenceNumberFor(aggregateId);
                    }

                    @Override
                    public DomainEventStream from(String aggregateId, long firstSequenceNumber) {
                        return configuration.eventStore().readEvents(aggregateId, firstSequenceNumber);
                    }
                })
                : new BoundedAggregateCache(CACHED_AGGREGATES));
    }

    /**
     * Who, in what role and for which client request, and the command's trace and correlation ids: copied from
     * each command onto its events.
     */
    @Bean
    CorrelationDataProvider commandCorrelation() {
        return new CommandCorrelation(List.of(new SimpleCorrelationDataProvider(CommandMetadata.USER,
                CommandMetadata.ROLE, CommandMetadata.REQUEST_ID), new MessageOriginProvider()));
    }

    /**
     * Registered once everything exists: the bus and the store are built from this class's beans. Inside the
     * command's transaction, which the bus begins before any interceptor.
     * (IdempotentCommands, being an interceptor bean, is registered on the bus by Axon itself.)
     */
    @Bean
    SmartInitializingSingleton interceptors(ObjectProvider<CommandBus> commandBus, ObjectProvider<EventStore> eventStore,
                                            ObjectProvider<MeterRegistry> registry, EventStoreSchema schema,
                                            ObjectProvider<JdbcTemplate> jdbc) {
        return () -> {
            commandBus.getObject().registerHandlerInterceptor(new CommandMetrics(registry.getObject(),
                    Set.of(DomainRuleViolation.class, AggregateNotFoundException.class,
                            AggregateStreamCreationException.class)));
            if (schema.sharedByNodes()) {
                commandBus.getObject().registerHandlerInterceptor(new AggregateLocks(jdbc.getObject()));
            }
            eventStore.getObject().registerDispatchInterceptor(new EventMetrics(registry.getObject()));
        };
    }
}
