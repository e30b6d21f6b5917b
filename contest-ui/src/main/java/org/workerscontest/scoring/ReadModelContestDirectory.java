package org.workerscontest.scoring;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.user.UserDocument;
import org.workerscontest.user.UserQueries;
import org.workerscontest.user.api.Role;

/** Answers a discipline's set-up questions from the contest and user read models. */
@Component
class ReadModelContestDirectory implements ContestDirectory {

    private final ContestQueries contests;
    private final UserQueries users;

    ReadModelContestDirectory(ContestQueries contests, UserQueries users) {
        this.contests = contests;
        this.users = users;
    }

    @Override
    public boolean contestExists(String contestId) {
        return contests.contest(contestId).isPresent();
    }

    @Override
    public Optional<String> activeTeamName(String contestId, String teamId) {
        return contests.contest(contestId).map(contest -> contest.activeTeamNames().get(teamId));
    }

    @Override
    public Optional<Role> roleOf(String username) {
        return users.user(username).filter(user -> !user.disabled()).map(UserDocument::role);
    }
}
