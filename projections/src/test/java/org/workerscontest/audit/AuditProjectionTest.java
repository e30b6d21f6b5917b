package org.workerscontest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workerscontest.readmodel.ProjectionHarness.by;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.audit.AuditQueries.AuditFilter;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.ContestCreated;
import org.workerscontest.contest.api.ContestMessages.TeamRegistered;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.readmodel.ProjectionHarness;
import org.workerscontest.user.api.Role;
import org.workerscontest.user.api.UserMessages.UserAccountCreated;

class AuditProjectionTest {

    private final ProjectionHarness harness = new ProjectionHarness();
    private final AuditProjection projection = new AuditProjection(harness.mongo());
    private final AuditQueries queries = new AuditQueries(harness.mongo());

    @AfterEach
    void close() {
        harness.close();
    }

    private void publishSample() {
        harness.publishAs(projection, by("admin", "ADMIN"),
                new UserAccountCreated("org1", "组委会", Role.ORGANIZER, "$2a$secret"));
        harness.publishAs(projection, by("org1", "ORGANIZER"),
                new ContestCreated("c1", "省赛", ContestLevel.PROVINCIAL, "省总工会", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 3)),
                new TeamRegistered("c1", "t1", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13800000001"),
                new ContestCreated("c2", "市赛", ContestLevel.CITY, "市总工会", LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 1)));
    }

    @Test
    void recordsWhoDidWhatNewestFirst() {
        publishSample();

        assertThat(queries.page(AuditFilter.ALL, 0, 10))
                .extracting(AuditEntry::type, AuditEntry::user, AuditEntry::role, AuditEntry::contestId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ContestCreated", "org1", "ORGANIZER", "c2"),
                        org.assertj.core.groups.Tuple.tuple("TeamRegistered", "org1", "ORGANIZER", "c1"),
                        org.assertj.core.groups.Tuple.tuple("ContestCreated", "org1", "ORGANIZER", "c1"),
                        org.assertj.core.groups.Tuple.tuple("UserAccountCreated", "admin", "ADMIN", null));
        AuditEntry team = queries.page(new AuditFilter(null, null, "TeamRegistered"), 0, 1).getFirst();
        assertThat(team.details()).containsEntry("name", "杭州市代表队").containsEntry("kind", "REGION");
        assertThat(team.requestId()).isEqualTo("r-org1");
    }

    @Test
    void neverShowsPasswordHashes() {
        publishSample();
        AuditEntry created = queries.page(new AuditFilter(null, null, "UserAccountCreated"), 0, 1).getFirst();
        assertThat(created.details()).containsEntry("username", "org1").doesNotContainKey("passwordHash");
    }

    @Test
    void filtersByContestUserAndTypeAndPages() {
        publishSample();

        assertThat(queries.count(new AuditFilter("c1", null, null))).isEqualTo(2);
        assertThat(queries.count(new AuditFilter(null, "admin", null))).isEqualTo(1);
        assertThat(queries.count(new AuditFilter(null, " org1 ", "ContestCreated"))).isEqualTo(2);
        assertThat(queries.count(new AuditFilter("c1", "admin", null))).isZero();
        assertThat(queries.page(AuditFilter.ALL, 1, 2)).extracting(AuditEntry::type)
                .containsExactly("TeamRegistered", "ContestCreated");
        assertThat(queries.page(AuditFilter.ALL, 4, 10)).isEmpty();
    }

    @Test
    void aBatchIsRecordedOnceEvenWhenItIsDeliveredAgain() {
        var batch = harness.publishInOneBatch(projection, ProjectionHarness.noInterceptor(),
                new ContestCreated("c1", "省赛", ContestLevel.PROVINCIAL, "省总工会", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 3)),
                new TeamRegistered("c1", "t1", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13800000001"),
                new TeamRegistered("c1", "t2", "宁波市代表队", TeamKind.REGION, "宁波市", "赵六", "13800000002"));
        harness.redeliverInOneBatch(projection, ProjectionHarness.noInterceptor(), batch);

        assertThat(queries.page(AuditFilter.ALL, 0, 10)).extracting(AuditEntry::type)
                .containsExactly("TeamRegistered", "TeamRegistered", "ContestCreated");
    }
}
