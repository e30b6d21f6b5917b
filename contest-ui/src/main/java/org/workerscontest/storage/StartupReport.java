package org.workerscontest.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.workerscontest.storage.EventStoreConfiguration.EventStoreSchema;

import de.bwaldvogel.mongo.MongoServer;

/** Says in the log which stores are in use and where to open the application. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final String node;
    private final EventStoreSchema eventStore;
    private final DataSourceProperties dataSource;
    private final MongoConnectionDetails mongo;
    private final ObjectProvider<MongoServer> embeddedMongo;
    private final Environment environment;

    StartupReport(EventStoreSchema eventStore, DataSourceProperties dataSource, MongoConnectionDetails mongo,
                  ObjectProvider<MongoServer> embeddedMongo, Environment environment, ReadStoreConfiguration.NodeName node) {
        this.node = node.value();
        this.eventStore = eventStore;
        this.dataSource = dataSource;
        this.mongo = mongo;
        this.embeddedMongo = embeddedMongo;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info("Event store: {} at {}", eventStore.databaseProduct(),
                dataSource.getUrl().replaceAll("(?i)password=[^&;]*", "password=***"));
        log.info("Commits: {}", eventStore.durability().summary());
        var connection = mongo.getConnectionString();
        if (embeddedMongo.getIfAvailable() != null) {
            log.info("Read store: embedded mongo-java-server in memory, rebuilt from the event store at start, at {}",
                    connection.getHosts());
        } else {
            // Hosts and database only: the URI may hold a password.
            log.info("Read store: MongoDB at {} database {}", connection.getHosts(), connection.getDatabase());
        }
        log.info("Node: {} (its name in the event processors' claims)", node);
        log.info("Open http://localhost:{}/", environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")));
    }
}
