package org.workerscontest.user;

import static org.workerscontest.user.api.UserMessages.*;

import java.util.Map;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.user.api.Role;

class UserAccountTest {

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuu3Mx5fDG0e7JcCwQ0d3f5yqGZ3hF2lGe";
    private static final UserAccountCreated JUDGE = new UserAccountCreated("judge01", "周裁判", Role.JUDGE, HASH);
    private static final MetaData BY_ADMIN = MetaData.from(Map.of(CommandMetadata.USER, "admin"));

    private AggregateTestFixture<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
    }

    @Test
    void createsAnAccount() {
        fixture.givenNoPriorActivity()
                .when(new CreateUserAccount("judge01", " 周裁判 ", Role.JUDGE, HASH))
                .expectEvents(JUDGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Judge01", "9judge", "张三", "judge 01", "a23456789012345678901234567890123"})
    void refusesInvalidUserNames(String username) {
        fixture.givenNoPriorActivity()
                .when(new CreateUserAccount(username, "某人", Role.JUDGE, HASH))
                .expectExceptionMessage("error.user.usernameInvalid [" + username + "]")
                .expectNoEvents();
    }

    @Test
    void refusesAPlainPassword() {
        fixture.givenNoPriorActivity()
                .when(new CreateUserAccount("judge01", "周裁判", Role.JUDGE, "secret123"))
                .expectExceptionMessage("error.user.passwordNotHashed")
                .expectNoEvents();
    }

    @Test
    void changesTheRoleButNotOnesOwn() {
        fixture.given(JUDGE)
                .when(new ChangeUserRole("judge01", Role.CHIEF_JUDGE), BY_ADMIN)
                .expectEvents(new UserRoleChanged("judge01", Role.JUDGE, Role.CHIEF_JUDGE));
        fixture.given(JUDGE)
                .when(new ChangeUserRole("judge01", Role.ADMIN), MetaData.with(CommandMetadata.USER, "judge01"))
                .expectExceptionMessage("error.user.cannotChangeOwnRole")
                .expectNoEvents();
    }

    @Test
    void disablesAndEnables() {
        fixture.given(JUDGE)
                .when(new DisableUserAccount("judge01"), BY_ADMIN)
                .expectEvents(new UserAccountDisabled("judge01"));
        fixture.given(JUDGE, new UserAccountDisabled("judge01"))
                .when(new EnableUserAccount("judge01"))
                .expectEvents(new UserAccountEnabled("judge01"));
        fixture.given(JUDGE)
                .when(new EnableUserAccount("judge01"))
                .expectNoEvents();
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        fixture.given(new UserAccountCreated("admin", "管理员", Role.ADMIN, HASH))
                .when(new DisableUserAccount("admin"), MetaData.with(CommandMetadata.USER, "admin"))
                .expectExceptionMessage("error.user.cannotDisableSelf")
                .expectNoEvents();
    }

    @Test
    void resetsThePasswordWithAHashOnly() {
        fixture.given(JUDGE)
                .when(new ResetUserPassword("judge01", HASH))
                .expectEvents(new UserPasswordReset("judge01", HASH));
        fixture.given(JUDGE)
                .when(new ResetUserPassword("judge01", ""))
                .expectExceptionMessage("error.user.passwordNotHashed");
    }

    @Test
    void remembersTheLanguageAndRefusesUnknownOnes() {
        fixture.given(JUDGE)
                .when(new ChangePreferredLanguage("judge01", "en"))
                .expectEvents(new PreferredLanguageChanged("judge01", "en"));
        fixture.given(JUDGE, new PreferredLanguageChanged("judge01", "en"))
                .when(new ChangePreferredLanguage("judge01", "en"))
                .expectNoEvents();
        fixture.given(JUDGE)
                .when(new ChangePreferredLanguage("judge01", "fr"))
                .expectExceptionMessage("error.user.languageUnsupported [fr]");
    }
}
