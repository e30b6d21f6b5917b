package org.workerscontest.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.workerscontest.readmodel.ReadModelConversions;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Read models and tracking tokens live in MongoDB: a real one when configured, else an in-process one. */
@Configuration(proxyBeanMethods = false)
public class ReadStoreConfiguration {

    public static final String EMBEDDED_DATABASE = "contest";

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return ReadModelConversions.customConversions();
    }

    @Bean
    TokenStore tokenStore(MongoClient client, MongoDatabaseFactory databaseFactory, Serializer serializer) {
        String database = databaseFactory.getMongoDatabase().getName();
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .serializer(serializer)
                .build();
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
