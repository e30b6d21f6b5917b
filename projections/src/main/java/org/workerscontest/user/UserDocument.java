package org.workerscontest.user;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.user.api.Role;

/** A login as sign-in and the user administration need it; read by _id (the user name). */
@Document("users")
public record UserDocument(@Id String id, String displayName, Role role, String passwordHash, boolean disabled,
                           String languageTag, Instant createdAt) {

    public String username() {
        return id;
    }

    UserDocument withRole(Role newRole) {
        return new UserDocument(id, displayName, newRole, passwordHash, disabled, languageTag, createdAt);
    }

    UserDocument withDisabled(boolean isDisabled) {
        return new UserDocument(id, displayName, role, passwordHash, isDisabled, languageTag, createdAt);
    }

    UserDocument withPasswordHash(String hash) {
        return new UserDocument(id, displayName, role, hash, disabled, languageTag, createdAt);
    }

    UserDocument withLanguage(String tag) {
        return new UserDocument(id, displayName, role, passwordHash, disabled, tag, createdAt);
    }
}
