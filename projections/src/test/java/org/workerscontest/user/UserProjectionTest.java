package org.workerscontest.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workerscontest.user.api.UserMessages.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.readmodel.ProjectionHarness;
import org.workerscontest.user.api.Role;

class UserProjectionTest {

    private final ProjectionHarness harness = new ProjectionHarness();
    private final UserProjection projection = new UserProjection(harness.mongo());
    private final UserQueries queries = new UserQueries(harness.mongo());

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void followsAnAccountThroughItsLife() {
        harness.publish(projection,
                new UserAccountCreated("judge01", "周裁判", Role.JUDGE, "$2a$hash1"),
                new UserRoleChanged("judge01", Role.JUDGE, Role.CHIEF_JUDGE),
                new UserPasswordReset("judge01", "$2a$hash2"),
                new PreferredLanguageChanged("judge01", "en"),
                new UserAccountDisabled("judge01"));

        assertThat(queries.user("judge01")).get().satisfies(user -> {
            assertThat(user.displayName()).isEqualTo("周裁判");
            assertThat(user.role()).isEqualTo(Role.CHIEF_JUDGE);
            assertThat(user.passwordHash()).isEqualTo("$2a$hash2");
            assertThat(user.languageTag()).isEqualTo("en");
            assertThat(user.disabled()).isTrue();
        });
    }

    @Test
    void knowsWhetherAnEnabledAdministratorExists() {
        assertThat(queries.anyEnabledAdmin()).isFalse();
        harness.publish(projection, new UserAccountCreated("admin", "管理员", Role.ADMIN, "$2a$h"));
        assertThat(queries.anyEnabledAdmin()).isTrue();
        harness.publish(projection, new UserAccountDisabled("admin"));
        assertThat(queries.anyEnabledAdmin()).isFalse();
    }

    @Test
    void listsUsersByName() {
        harness.publish(projection,
                new UserAccountCreated("zhou", "周", Role.JUDGE, "$2a$h"),
                new UserAccountCreated("admin", "管理员", Role.ADMIN, "$2a$h"));
        assertThat(queries.users()).extracting(UserDocument::username).containsExactly("admin", "zhou");
    }
}
