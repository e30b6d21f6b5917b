package org.workerscontest.storage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.workerscontest.publicview.PublicChanges;
import org.workerscontest.readmodel.ReadModelConversions;
import org.workerscontest.scoring.SheetWriteBehind;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Read models and tracking tokens live in MongoDB: a real one when configured, else an in-process one. */
@Configuration(proxyBeanMethods = false)
public class ReadStoreConfiguration {

    public static final String EMBEDDED_DATABASE = "contest";

    /**
     * A node whose claim on a processor is older than this has lapsed: another node takes the processor over.
     * The processors renew their claims at every batch, and every 5 s while idle (Axon's default).
     */
    public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return ReadModelConversions.customConversions();
    }

    /** The name a node claims processors under: its host and process, and a start-unique part. */
    @Bean
    NodeName nodeName(@Value("${contest.node-name:}") String configured) {
        if (!configured.isBlank()) {
            return new NodeName(configured);
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return new NodeName(host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 4));
    }

    public record NodeName(String value) {
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, MongoDatabaseFactory databaseFactory) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, databaseFactory.getMongoDatabase().getName()).build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, NodeName node) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .nodeId(node.value())
                .claimTimeout(CLAIM_TIMEOUT)
                .build();
    }

    @Bean
    MongoSharedTokens sharedTokens(MongoTemplate axonMongoTemplate, Serializer serializer, NodeName node) {
        return new MongoSharedTokens(axonMongoTemplate, serializer, CLAIM_TIMEOUT, node.value());
    }

    @Bean
    RebuildHandover rebuildHandover(org.springframework.data.mongodb.core.MongoTemplate mongo, SheetWriteBehind sheets,
                                    NodeName node) {
        return new RebuildHandover(mongo, sheets, node.value());
    }

    @Bean
    PublicChangeRelay publicChangeRelay(org.springframework.data.mongodb.core.MongoTemplate mongo,
                                        PublicChanges changes, NodeName node) {
        return new PublicChangeRelay(mongo, changes, node.value());
    }

    /**
     * Used when no MongoDB URI is configured: mongo-java-server holding the read models and the processors'
     * positions in memory. They are derived data: at every start the processors replay the event store into
     * it (see AxonConfiguration). Its H2-file backend, used before, cost a Java serialisation of every key
     * at every index comparison, which capped mark entry and rebuilds far below the targets.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
    static class EmbeddedReadStore {

        private static final Logger log = LoggerFactory.getLogger(EmbeddedReadStore.class);

        @Bean(destroyMethod = "shutdown")
        MongoServer embeddedMongoServer(@Value("${contest.data-dir}") Path dataDir) {
            Path formerFile = dataDir.resolve("readstore.mv");
            if (Files.exists(formerFile)) {
                log.info("{} is no longer used (the read models are rebuilt in memory at each start); it may be deleted",
                        formerFile);
            }
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            return server;
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server) {
            String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/" + EMBEDDED_DATABASE;
            return () -> new ConnectionString(uri);
        }
    }
}
