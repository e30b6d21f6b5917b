package org.workerscontest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workerscontest.readmodel.ProjectionHarness.by;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.audit.AuditQueries.AuditFilter;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.ContestCreated;
import org.workerscontest.contest.api.ContestMessages.TeamRegistered;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.readmodel.ProjectionHarness;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.ScoringMessages.CriterionDefinition;
import org.workerscontest.scoring.api.ScoringMessages.DisciplineDefined;
import org.workerscontest.scoring.api.ScoringMessages.MarkEntered;
import org.workerscontest.scoring.api.ScoringMessages.PanelAssigned;
import org.workerscontest.scoring.api.ScoringMessages.SheetLocked;
import org.workerscontest.shared.CommandMetadata;
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

    /** As a processor does, the position is stored at the commit before the handlers' own commit work. */
    @Test
    void aBatchsEntriesAreStoredBeforeTheProcessorStoresItsPosition() {
        var batch = harness.batchOf(
                new ContestCreated("c1", "省赛", ContestLevel.PROVINCIAL, "省总工会", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 3)),
                new TeamRegistered("c1", "t1", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13800000001"),
                new TeamRegistered("c1", "t2", "宁波市代表队", TeamKind.REGION, "宁波市", "赵六", "13800000002"));
        List<String> atPositionStored = new ArrayList<>();
        harness.redeliverInOneBatch(projection, ProjectionHarness.noInterceptor(), batch, () -> atPositionStored
                .addAll(queries.page(AuditFilter.ALL, 0, 10).stream().map(AuditEntry::type).toList()));

        assertThat(atPositionStored).containsExactly("TeamRegistered", "TeamRegistered", "ContestCreated");
    }

    @Test
    void entriesAreStoredAsSpringDataWouldStoreThem() {
        List<Object> payloads = List.of(
                new UserAccountCreated("org1", "组委会", Role.ORGANIZER, "$2a$secret"),
                new TeamRegistered("c1", "t1", "杭州市代表队", TeamKind.REGION, null, "王建国", null),
                new ContestCreated("c1", "省赛", ContestLevel.PROVINCIAL, "省总工会", LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 3)),
                new DisciplineDefined("d1", "c1", "D1", "电工", new BigDecimal("0.30"), new BigDecimal("0.70"),
                        List.of(new CriterionDefinition("C1", "接线", CriterionKind.MEASUREMENT, new BigDecimal("60")),
                                new CriterionDefinition("C2", "工艺", CriterionKind.JUDGEMENT, new BigDecimal("40.5")))),
                new PanelAssigned("d1", "c1", List.of("j1", "j2", "j3"), "chief", Map.of("C1", "j1")),
                new MarkEntered("d1", "c1", "p1", "C1", "j1", new BigDecimal("7.25")),
                new SheetLocked("d1", "c1", "p1", null, new BigDecimal("88.10"), new BigDecimal("90")));
        MetaData metaData = MetaData.with(CommandMetadata.USER, "org1").and(CommandMetadata.ROLE, "ORGANIZER")
                .and(CommandMetadata.REQUEST_ID, "r1");
        for (Object payload : payloads) {
            AuditEntry entry = projection.entry(payload, GenericEventMessage.asEventMessage(payload).andMetaData(metaData),
                    new GlobalSequenceTrackingToken(42));
            Document bySpring = new Document();
            harness.mongo().getConverter().write(entry, bySpring);

            assertThat(projection.document(entry)).as(payload.getClass().getSimpleName()).isEqualTo(bySpring);
        }
    }
}
