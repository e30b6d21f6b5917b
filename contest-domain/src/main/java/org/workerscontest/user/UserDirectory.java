package org.workerscontest.user;

import java.util.Optional;

import org.workerscontest.user.api.Role;

/** People's roles, for features that check who may be given a task. Answered from the read models. */
public interface UserDirectory {

    /** The role of an enabled user account. */
    Optional<Role> roleOf(String username);
}
