package org.workerscontest.storage;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The event store: Axon's JDBC storage engine on H2 (embedded default) or PostgreSQL. Axon's JDBC
 * auto-configuration does not engage under Spring Boot 4, and its generated DDL does not suit H2 2.x,
 * so the engine is declared here and the tables come from our own scripts.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** H2's "Database may be already in use": its file is locked by another process. */
    private static final int H2_DATABASE_IN_USE = 90020;

    /** Events read per query: a replay of 200,000 events then takes 200 queries per processor, not 2,000. */
    private static final int READ_BATCH = 1000;

    /**
     * Creates the tables when missing (safe to run at every start) and makes commits durable before any
     * command is answered (see {@link CommitDurability}).
     */
    @Bean
    EventStoreSchema eventStoreSchema(DataSource dataSource) throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase();
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw new IllegalStateException("The embedded event store is in use by another process (another node"
                        + " on the same CONTEST_DATA_DIR?). It is opened by one process only; several nodes need a"
                        + " PostgreSQL event store and a MongoDB (README: More than one machine). " + e.getMessage(), e);
            }
            throw e;
        }
        boolean postgres = product.contains("postgres");
        String script = postgres ? "db/eventstore-postgresql.sql" : "db/eventstore-h2.sql";
        new ResourceDatabasePopulator(new ClassPathResource(script)).execute(dataSource);
        if (!postgres) {
            H2EventColumns.convertLargeObjects(dataSource);
        }
        EarlierRequestLog.moveToClientRequests(dataSource);
        return new EventStoreSchema(product, CommitDurability.ensure(dataSource, postgres));
    }

    /** @param durability what a committed command survives, as the database's own settings say */
    public record EventStoreSchema(String databaseProduct, CommitDurability durability) {

        /** Whether other nodes may write to it: an embedded H2 file is opened by one process only. */
        public boolean sharedByNodes() {
            return !databaseProduct.contains("h2");
        }
    }

    /**
     * The transaction of every command: its events, its client request record and whatever else it writes to
     * the event store's database commit together or not at all. Axon's own auto-configuration would make this
     * bean, but it waits for Spring Boot 3's class names and so, under Spring Boot 4, falls back to no
     * transaction at all: each statement then committed on its own.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * On H2, a commit returns once it is in the file; PostgreSQL's commit is durable by itself. On both, a
     * transaction commits within its deadline or not at all.
     */
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, EventStoreSchema schema) {
        return schema.databaseProduct().contains("h2") ? new WrittenOutTransactions(dataSource)
                : new CommandTransactions(dataSource);
    }

    /** Duplicate (aggregate, sequence) keys become Axon's concurrency exceptions on both databases. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeys();
    }

    @Bean
    EventStorageEngine eventStorageEngine(EventStoreSchema schema, DataSource dataSource, Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver) {
        return new ContestEventStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                // Appends join the command's transaction through the connection provider; reads (the processors'
                // polls) need none, and would otherwise each wait for a write-out of the embedded store.
                .transactionManager(NoTransactionManager.INSTANCE)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .readEventDataWithGaps(new IndexedGapQuery())
                .batchSize(READ_BATCH));
    }

    @Bean(destroyMethod = "shutDown")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EmbeddedEventStore.class, "eventStore"))
                .build();
    }
}
