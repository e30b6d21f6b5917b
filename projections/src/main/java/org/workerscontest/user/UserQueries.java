package org.workerscontest.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.workerscontest.user.api.Role;

@Component
public class UserQueries {

    private final MongoTemplate mongo;

    public UserQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<UserDocument> user(String username) {
        return Optional.ofNullable(mongo.findById(username, UserDocument.class));
    }

    public List<UserDocument> users() {
        return mongo.find(new Query().with(Sort.by("_id")), UserDocument.class);
    }

    public boolean anyEnabledAdmin() {
        return mongo.exists(Query.query(Criteria.where("role").is(Role.ADMIN).and("disabled").is(false)),
                UserDocument.class);
    }
}
