package org.workerscontest.user.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands and events of user accounts. Passwords travel only as BCrypt hashes; the plain password
 * never reaches a command or the event store.
 */
public final class UserMessages {

    private UserMessages() {
    }

    public static final int MAX_DISPLAY_NAME = 30;

    public record CreateUserAccount(@TargetAggregateIdentifier String username, String displayName, Role role,
                                    String passwordHash) {
    }

    public record ChangeUserRole(@TargetAggregateIdentifier String username, Role role) {
    }

    public record DisableUserAccount(@TargetAggregateIdentifier String username) {
    }

    public record EnableUserAccount(@TargetAggregateIdentifier String username) {
    }

    public record ResetUserPassword(@TargetAggregateIdentifier String username, String passwordHash) {
    }

    /** Language tag such as "zh-CN" or "en". */
    public record ChangePreferredLanguage(@TargetAggregateIdentifier String username, String languageTag) {
    }

    public record UserAccountCreated(String username, String displayName, Role role, String passwordHash) {
    }

    public record UserRoleChanged(String username, Role oldRole, Role role) {
    }

    public record UserAccountDisabled(String username) {
    }

    public record UserAccountEnabled(String username) {
    }

    public record UserPasswordReset(String username, String passwordHash) {
    }

    public record PreferredLanguageChanged(String username, String languageTag) {
    }
}
