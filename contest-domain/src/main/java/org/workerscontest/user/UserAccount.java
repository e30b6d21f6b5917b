package org.workerscontest.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.workerscontest.shared.TextRules.requirePresent;
import static org.workerscontest.shared.TextRules.requireText;
import static org.workerscontest.user.api.UserMessages.*;

import java.util.Set;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.user.api.Role;

/** A person's login. The user name is the identity, so the event store itself refuses a second one. */
@AggregateRoot(type = "UserAccount")
public class UserAccount {

    /** Lower-case letters, digits, dot, dash and underscore; starts with a letter. */
    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    public static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    @AggregateIdentifier
    private String username;
    private Role role;
    private boolean disabled;
    private String languageTag;

    protected UserAccount() {
        // for Axon
    }

    @CommandHandler
    public UserAccount(CreateUserAccount command) {
        if (command.username() == null || !USERNAME.matcher(command.username()).matches()) {
            throw new DomainRuleViolation("error.user.usernameInvalid", String.valueOf(command.username()));
        }
        String displayName = requireText(command.displayName(), "field.user.displayName", MAX_DISPLAY_NAME);
        requirePresent(command.role(), "field.user.role");
        requireHash(command.passwordHash());
        apply(new UserAccountCreated(command.username(), displayName, command.role(), command.passwordHash()));
    }

    @CommandHandler
    public void handle(ChangeUserRole command, @MetaDataValue(CommandMetadata.USER) String actor) {
        requirePresent(command.role(), "field.user.role");
        refuseOnSelf(actor, "error.user.cannotChangeOwnRole");
        if (command.role() != role) {
            apply(new UserRoleChanged(username, role, command.role()));
        }
    }

    @CommandHandler
    public void handle(DisableUserAccount command, @MetaDataValue(CommandMetadata.USER) String actor) {
        refuseOnSelf(actor, "error.user.cannotDisableSelf");
        if (!disabled) {
            apply(new UserAccountDisabled(username));
        }
    }

    @CommandHandler
    public void handle(EnableUserAccount command) {
        if (disabled) {
            apply(new UserAccountEnabled(username));
        }
    }

    @CommandHandler
    public void handle(ResetUserPassword command) {
        requireHash(command.passwordHash());
        apply(new UserPasswordReset(username, command.passwordHash()));
    }

    @CommandHandler
    public void handle(ChangePreferredLanguage command) {
        if (command.languageTag() == null || !LANGUAGES.contains(command.languageTag())) {
            throw new DomainRuleViolation("error.user.languageUnsupported", String.valueOf(command.languageTag()));
        }
        if (!command.languageTag().equals(languageTag)) {
            apply(new PreferredLanguageChanged(username, command.languageTag()));
        }
    }

    /** An administrator who demotes or disables themselves could lock everybody out. */
    private void refuseOnSelf(String actor, String messageKey) {
        if (username.equals(actor)) {
            throw new DomainRuleViolation(messageKey);
        }
    }

    private static void requireHash(String passwordHash) {
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new DomainRuleViolation("error.user.passwordNotHashed");
        }
    }

    @EventSourcingHandler
    void on(UserAccountCreated event) {
        username = event.username();
        role = event.role();
    }

    @EventSourcingHandler
    void on(UserRoleChanged event) {
        role = event.role();
    }

    @EventSourcingHandler
    void on(UserAccountDisabled event) {
        disabled = true;
    }

    @EventSourcingHandler
    void on(UserAccountEnabled event) {
        disabled = false;
    }

    @EventSourcingHandler
    void on(PreferredLanguageChanged event) {
        languageTag = event.languageTag();
    }
}
