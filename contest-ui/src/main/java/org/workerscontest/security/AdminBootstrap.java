package org.workerscontest.security;

import java.security.SecureRandom;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.workerscontest.command.Commands;
import org.workerscontest.command.Commands.Actor;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.user.UserQueries;
import org.workerscontest.user.api.Role;
import org.workerscontest.user.api.UserMessages.ChangeUserRole;
import org.workerscontest.user.api.UserMessages.CreateUserAccount;
import org.workerscontest.user.api.UserMessages.EnableUserAccount;
import org.workerscontest.user.api.UserMessages.ResetUserPassword;

/**
 * On a start with no enabled administrator, makes (or restores) the account {@code admin}, with the
 * password from CONTEST_ADMIN_PASSWORD or a random one printed once in the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserQueries users;
    private final Commands commands;
    private final ProjectionAdmin projections;
    private final PasswordEncoder passwordEncoder;
    private final String configuredPassword;

    AdminBootstrap(UserQueries users, Commands commands, ProjectionAdmin projections, PasswordEncoder passwordEncoder,
                   @Value("${contest.admin-password:}") String configuredPassword) {
        this.users = users;
        this.commands = commands;
        this.projections = projections;
        this.passwordEncoder = passwordEncoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The user list may be replaying after a read-store change: judge it only once it is complete.
        projections.awaitCaughtUp(Duration.ofMinutes(2));
        if (users.anyEnabledAdmin()) {
            return;
        }
        boolean random = configuredPassword.isBlank();
        String password = random ? randomPassword() : configuredPassword;
        String hash = passwordEncoder.encode(password);
        if (users.user(ADMIN).isPresent()) {
            commands.sendAs(Actor.SYSTEM, new ChangeUserRole(ADMIN, Role.ADMIN), null);
            commands.sendAs(Actor.SYSTEM, new EnableUserAccount(ADMIN), null);
            commands.sendAs(Actor.SYSTEM, new ResetUserPassword(ADMIN, hash), null);
        } else {
            commands.sendAs(Actor.SYSTEM, new CreateUserAccount(ADMIN, "系统管理员", Role.ADMIN, hash), null);
        }
        if (random) {
            log.warn("""

                    ============================================================
                     首个管理员账号 / First administrator account
                       user: {}    password: {}
                     This password is shown only once. Change it after signing in.
                    ============================================================""", ADMIN, password);
        } else {
            log.info("Administrator '{}' created with the password from CONTEST_ADMIN_PASSWORD", ADMIN);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
