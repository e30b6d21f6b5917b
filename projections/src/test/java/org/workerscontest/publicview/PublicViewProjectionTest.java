package org.workerscontest.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.workerscontest.scoring.api.ScoringMessages.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.contest.ContestProjection;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.contest.api.ContestMessages.ContestCreated;
import org.workerscontest.contest.api.ContestMessages.TeamRegistered;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.publicview.PublicFeedEntry.Type;
import org.workerscontest.readmodel.ProjectionHarness;
import org.workerscontest.scoring.ScoringProjection;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.SheetWriteBehind;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.Prize;

class PublicViewProjectionTest {

    static final String D = disciplineId("c1", "ELEC");

    private final ProjectionHarness harness = new ProjectionHarness();
    private final PublicChanges changes = new PublicChanges();
    private final ContestQueries contests = new ContestQueries(harness.mongo());
    private final ScoringQueries scoring = new ScoringQueries(harness.mongo());
    private final PublicResults results = new PublicResults(contests, scoring);
    private final PublicFeedQueries feed = new PublicFeedQueries(harness.mongo());
    private final List<Object> projections = List.of(new ContestProjection(harness.mongo(), changes),
            new ScoringProjection(harness.mongo(), changes, new SheetWriteBehind(harness.mongo())),
            new PublicFeedProjection(new PublicFeedWriter(harness.mongo(), changes), scoring, contests, results));

    @AfterEach
    void close() {
        changes.destroy();
        harness.close();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** Three of four sheets locked with marks entered, nothing published. */
    private List<TrackedEventMessage<?>> contestWithLockedSheets() {
        List<Object> events = new ArrayList<>(List.of(
                new ContestCreated("c1", "2026年浙江省职工职业技能大赛", ContestLevel.PROVINCIAL, "浙江省总工会",
                        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3)),
                new TeamRegistered("c1", "t1", "杭州市代表队", TeamKind.REGION, "杭州市", "王建国", "13800000001"),
                new TeamRegistered("c1", "t2", "宁波市代表队", TeamKind.REGION, "宁波市", "赵六", "13800000002"),
                new DisciplineDefined(D, "c1", "ELEC", "电工", n("0.3"), n("0.7"), List.of(
                        new CriterionDefinition("A1", "线路敷设", CriterionKind.MEASUREMENT, n("100")))),
                new PanelAssigned(D, "c1", List.of("j1", "j2", "j3"), "chief", Map.of())));
        String[][] competitors = {{"p1", "张伟", "t1", "杭州市代表队"}, {"p2", "李娜", "t2", "宁波市代表队"},
                {"p3", "王强", "t1", "杭州市代表队"}, {"p4", "赵敏", "t2", "宁波市代表队"}};
        for (int i = 0; i < competitors.length; i++) {
            String[] c = competitors[i];
            events.add(new CompetitorRegistered(D, "c1", c[0], i + 1, c[1], c[2], c[3], "国网杭州供电公司"));
        }
        events.addAll(List.of(
                new MarkEntered(D, "c1", "p4", "A1", "j1", n("41.5")),
                new SheetLocked(D, "c1", "p1", n("90"), n("84.33"), n("86.03")),
                new SheetLocked(D, "c1", "p2", n("80"), n("90"), n("87.00")),
                new SheetLocked(D, "c1", "p3", n("70"), n("50"), n("56.00"))));
        return harness.publishToAll(projections, events.toArray());
    }

    @Test
    void beforePublicationThePublicSeesProgressOnlyAndTheFeedIsEmpty() {
        contestWithLockedSheets();

        PublicResults.Contest contest = results.of("c1").orElseThrow();
        assertThat(contest.disciplines()).singleElement().satisfies(discipline -> {
            assertThat(discipline.published()).isFalse();
            assertThat(discipline.competitors()).isEqualTo(4);
            assertThat(discipline.locked()).isEqualTo(3);
            assertThat(discipline.rows()).isEmpty();
        });
        assertThat(contest.standings()).extracting(row -> row.first() + row.second() + row.third()).containsOnly(0);
        assertThat(contest.standings()).extracting(row -> row.totalSum().signum()).containsOnly(0);
        assertThat(feed.after(0, 100)).isEmpty();
        assertThat(results.of("unknown")).isEmpty();
    }

    @Test
    void publishingMakesOneFeedEntryWithTheRankingAndAReviewIsAnnouncedAndRepublished() {
        contestWithLockedSheets();
        TrackedEventMessage<?> publication = harness.publishToAll(projections,
                new SheetLocked(D, "c1", "p4", n("60"), n("41.5"), n("47.05")), new ResultsPublished(D, "c1")).getLast();

        List<PublicFeedEntry> entries = feed.after(0, 100);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.id()).as("the publication's position in the event store")
                    .isEqualTo(position(publication));
            assertThat(entry.type()).isEqualTo(Type.DISCIPLINE_PUBLISHED);
            assertThat(entry.contestId()).isEqualTo("c1");
            assertThat(entry.data()).containsEntry("contestName", "2026年浙江省职工职业技能大赛")
                    .containsEntry("disciplineCode", "ELEC").containsEntry("disciplineName", "电工");
            assertThat(rows(entry)).extracting(row -> row.get("name"), row -> row.get("total"), row -> row.get("prize"))
                    .containsExactly(
                            tuple("李娜", 87.0, "FIRST"),
                            tuple("张伟", 86.03, "SECOND"),
                            tuple("王强", 56.0, null),
                            tuple("赵敏", 47.05, null));
            assertThat(rows(entry).getFirst()).containsOnlyKeys("rank", "startNumber", "name", "team", "employer",
                    "theory", "practical", "total", "prize");
        });
        assertThat(results.of("c1").orElseThrow().published()).singleElement()
                .satisfies(discipline -> assertThat(discipline.rows()).extracting(PublicResults.Row::prize)
                        .containsExactly(Prize.FIRST, Prize.SECOND, null, null));
        assertThat(results.of("c1").orElseThrow().standings().getFirst().team()).isEqualTo("宁波市代表队");

        // An upheld appeal reopens a sheet: the public hears that the results are under review, then the new ones.
        TrackedEventMessage<?> withdrawal = harness.publishToAll(projections,
                new SheetReopened(D, "c1", "p3", "申诉成立"), new ResultsUnpublished(D, "c1", "p3")).getLast();
        assertThat(results.of("c1").orElseThrow().published()).isEmpty();
        TrackedEventMessage<?> republication = harness.publishToAll(projections,
                new SheetLocked(D, "c1", "p3", n("70"), n("95"), n("87.50")), new ResultsPublished(D, "c1")).getLast();

        entries = feed.after(position(publication), 100);
        assertThat(entries).extracting(PublicFeedEntry::id, PublicFeedEntry::type).containsExactly(
                tuple(position(withdrawal), Type.RESULTS_WITHDRAWN),
                tuple(position(republication), Type.RESULTS_CHANGED));
        assertThat(entries.getFirst().data()).doesNotContainKey("rows");
        assertThat(rows(entries.get(1))).extracting(row -> row.get("name")).first().isEqualTo("王强");
        assertThat(feed.after(position(republication), 100)).isEmpty();
        assertThat(feed.between(0, position(withdrawal), 100)).as("only what every feed processor has handled")
                .extracting(PublicFeedEntry::type).containsExactly(Type.DISCIPLINE_PUBLISHED, Type.RESULTS_WITHDRAWN);
    }

    @Test
    void aRedeliveredPublicationMakesNoSecondEntryAndARebuildGivesTheSameFeed() {
        contestWithLockedSheets();
        List<TrackedEventMessage<?>> published = harness.publishToAll(projections,
                new SheetLocked(D, "c1", "p4", n("60"), n("41.5"), n("47.05")), new ResultsPublished(D, "c1"));
        harness.redeliver(projections, published.getLast());
        List<PublicFeedEntry> before = feed.after(0, 100);
        assertThat(before).hasSize(1);

        projections.forEach(harness::reset);
        assertThat(feed.after(0, 100)).isEmpty();
        // A rebuild reads the same events at the same positions.
        harness.rewind();
        contestWithLockedSheets();
        harness.publishToAll(projections, new SheetLocked(D, "c1", "p4", n("60"), n("41.5"), n("47.05")),
                new ResultsPublished(D, "c1"));
        assertThat(feed.after(0, 100)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("eventId")
                .as("the same ids").isEqualTo(before);
    }

    @Test
    void openScreensHearOfAPublicationOnceForABurstOfEvents() throws InterruptedException {
        List<String> heard = new CopyOnWriteArrayList<>();
        try (PublicChanges.Subscription subscription = changes.subscribe(heard::add)) {
            contestWithLockedSheets();
            Thread.sleep(PublicChanges.COALESCE_MILLIS * 4);
            assertThat(heard).containsExactly("c1");
        }
    }

    @SuppressWarnings("unchecked")
    private static long position(TrackedEventMessage<?> message) {
        return message.trackingToken().position().orElseThrow();
    }

    private static List<Map<String, Object>> rows(PublicFeedEntry entry) {
        return (List<Map<String, Object>>) entry.data().get("rows");
    }
}
