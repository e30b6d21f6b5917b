package org.workerscontest.storage;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The read store's health by a {@code ping}, which MongoDB and the embedded mongo-java-server both
 * answer (Spring Boot's own Mongo check sends {@code hello}, which the embedded server lacks).
 */
@Component("readStore")
class ReadStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    ReadStoreHealthIndicator(MongoTemplate mongo) {
        super("Read store (MongoDB) health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
    }
}
