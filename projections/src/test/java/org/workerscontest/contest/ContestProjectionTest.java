package org.workerscontest.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workerscontest.contest.api.ContestMessages.*;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.publicview.PublicChanges;
import org.workerscontest.readmodel.ProjectionHarness;

class ContestProjectionTest {

    private final ProjectionHarness harness = new ProjectionHarness();
    private final ContestProjection projection = new ContestProjection(harness.mongo(), new PublicChanges());
    private final ContestQueries queries = new ContestQueries(harness.mongo());

    private static final ContestCreated PROVINCIAL = new ContestCreated("c1", "2026年浙江省职工职业技能大赛",
            ContestLevel.PROVINCIAL, "浙江省总工会", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3));
    private static final ContestCreated CITY = new ContestCreated("c2", "2026年宁波市职工技能大赛",
            ContestLevel.CITY, "宁波市总工会", LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9));

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void listsContestsLatestFirstWithTheirActiveTeamCount() {
        harness.publish(projection, PROVINCIAL, CITY,
                new TeamRegistered("c1", "t1", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13800000001"),
                new TeamRegistered("c1", "t2", "宁波市代表队", TeamKind.REGION, "宁波市", "赵六", "13800000002"),
                new TeamWithdrawn("c1", "t2", "宁波市代表队", "人员调整"));

        assertThat(queries.contests())
                .extracting(ContestDocument::name, ContestDocument::activeTeamCount, ContestDocument::startDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026年宁波市职工技能大赛", 0, LocalDate.of(2026, 10, 8)),
                        org.assertj.core.groups.Tuple.tuple("2026年浙江省职工职业技能大赛", 1, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void keepsTeamsInRegistrationOrderWithRenamesContactsAndWithdrawals() {
        harness.publish(projection, PROVINCIAL,
                new TeamRegistered("c1", "t1", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13800000001"),
                new TeamRegistered("c1", "t2", "电力行业代表队", TeamKind.INDUSTRY, "电力", "李明", "0571-87654321"),
                new TeamRenamed("c1", "t1", "杭州市代表队", "杭州市总工会代表队"),
                new TeamContactUpdated("c1", "t2", "电力行业代表队", "陈静", "13900000009"),
                new TeamWithdrawn("c1", "t1", "杭州市总工会代表队", "人员调整"));

        assertThat(queries.teams("c1"))
                .extracting(TeamEntry::name, TeamEntry::kind, TeamEntry::leader, TeamEntry::withdrawn,
                        TeamEntry::withdrawReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("杭州市总工会代表队", TeamKind.REGION, "王建国", true, "人员调整"),
                        org.assertj.core.groups.Tuple.tuple("电力行业代表队", TeamKind.INDUSTRY, "陈静", false, null));
        assertThat(queries.contest("c1")).get().extracting(ContestDocument::activeTeamCount).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventDoesNotDuplicateATeam() {
        var registered = new TeamRegistered("c1", "t1", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13800000001");
        harness.publish(projection, PROVINCIAL, registered, registered);

        assertThat(queries.teams("c1")).hasSize(1);
    }

    @Test
    void anUnknownContestHasNoTeams() {
        assertThat(queries.teams("nope")).isEmpty();
        assertThat(queries.contest("nope")).isEmpty();
    }

    @Test
    void resetEmptiesTheReadModelForARebuild() {
        harness.publish(projection, PROVINCIAL);
        harness.reset(projection);
        assertThat(queries.contests()).isEmpty();
    }
}
