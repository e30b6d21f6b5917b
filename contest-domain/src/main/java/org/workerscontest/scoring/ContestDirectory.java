package org.workerscontest.scoring;

import java.util.Optional;

import org.workerscontest.user.UserDirectory;

/**
 * What a discipline needs to know of other features when it is set up: that its contest and a team
 * exist, and people's roles. Answered from the read models; set-up is not a race.
 */
public interface ContestDirectory extends UserDirectory {

    boolean contestExists(String contestId);

    /** The team's name when it is registered in the contest and not withdrawn. */
    Optional<String> activeTeamName(String contestId, String teamId);
}
