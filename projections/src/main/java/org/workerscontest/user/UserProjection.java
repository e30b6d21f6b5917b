package org.workerscontest.user;

import static org.workerscontest.user.api.UserMessages.*;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(UserProjection.PROCESSING_GROUP)
public class UserProjection {

    public static final String PROCESSING_GROUP = "users";

    private final MongoTemplate mongo;

    public UserProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(UserAccountCreated event, @Timestamp Instant at) {
        mongo.save(new UserDocument(event.username(), event.displayName(), event.role(), event.passwordHash(), false,
                null, at));
    }

    @EventHandler
    void on(UserRoleChanged event) {
        update(event.username(), user -> user.withRole(event.role()));
    }

    @EventHandler
    void on(UserAccountDisabled event) {
        update(event.username(), user -> user.withDisabled(true));
    }

    @EventHandler
    void on(UserAccountEnabled event) {
        update(event.username(), user -> user.withDisabled(false));
    }

    @EventHandler
    void on(UserPasswordReset event) {
        update(event.username(), user -> user.withPasswordHash(event.passwordHash()));
    }

    @EventHandler
    void on(PreferredLanguageChanged event) {
        update(event.username(), user -> user.withLanguage(event.languageTag()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(UserDocument.class);
    }

    private void update(String username, UnaryOperator<UserDocument> change) {
        UserDocument user = mongo.findById(username, UserDocument.class);
        if (user != null) {
            mongo.save(change.apply(user));
        }
    }
}
