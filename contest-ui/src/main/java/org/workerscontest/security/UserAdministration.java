package org.workerscontest.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.workerscontest.command.Commands;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.user.UserQueries;
import org.workerscontest.user.api.Role;
import org.workerscontest.user.api.UserMessages.CreateUserAccount;
import org.workerscontest.user.api.UserMessages.ResetUserPassword;

/**
 * What an administrator does with accounts and which needs the plain password: its length is checked
 * here and only its BCrypt hash goes into a command.
 */
@Service
public class UserAdministration {

    public static final int MIN_PASSWORD_LENGTH = 8;

    private final Commands commands;
    private final UserQueries users;
    private final PasswordEncoder passwordEncoder;

    public UserAdministration(Commands commands, UserQueries users, PasswordEncoder passwordEncoder) {
        this.commands = commands;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public void create(String username, String password, String displayName, Role role, String requestId) {
        requireGoodPassword(password);
        String normalized = username == null ? null : username.strip();
        // The event store would refuse a second stream for the name too, but with a less helpful message.
        if (normalized != null && users.user(normalized).isPresent() && !commands.alreadyHandled(requestId)) {
            throw new DomainRuleViolation("error.user.exists", normalized);
        }
        commands.send(new CreateUserAccount(normalized, displayName, role, passwordEncoder.encode(password)),
                requestId);
    }

    public void resetPassword(String username, String password, String requestId) {
        requireGoodPassword(password);
        commands.send(new ResetUserPassword(username, passwordEncoder.encode(password)), requestId);
    }

    private static void requireGoodPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainRuleViolation("error.user.passwordTooShort");
        }
    }
}
