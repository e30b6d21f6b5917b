package org.workerscontest.scoring;

import java.util.Optional;

import org.workerscontest.user.api.Role;

/**
 * What a discipline needs to know of other features when it is set up: that its contest and a team
 * exist, and people's roles. Answered from the read models; set-up is not a race.
 */
public interface ContestDirectory {

    boolean contestExists(String contestId);

    /** The team's name when it is registered in the contest and not withdrawn. */
    Optional<String> activeTeamName(String contestId, String teamId);

    /** The role of an enabled user account. */
    Optional<Role> roleOf(String username);
}
