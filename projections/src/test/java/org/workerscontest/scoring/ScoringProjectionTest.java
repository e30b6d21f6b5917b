package org.workerscontest.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workerscontest.scoring.api.ScoringMessages.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.contest.api.ContestMessages.TeamRenamed;
import org.workerscontest.publicview.PublicChanges;
import org.workerscontest.readmodel.ProjectionHarness;
import org.workerscontest.scoring.ScoringQueries.ResultRow;
import org.workerscontest.scoring.ScoringQueries.SheetStatus;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.scoring.api.Prize;

class ScoringProjectionTest {

    static final String D = disciplineId("c1", "ELEC");
    static final List<CriterionDefinition> CRITERIA = List.of(
            new CriterionDefinition("A1", "线路敷设", CriterionKind.MEASUREMENT, new BigDecimal("70")),
            new CriterionDefinition("B1", "工艺美观", CriterionKind.JUDGEMENT, new BigDecimal("30")));

    private final ProjectionHarness harness = new ProjectionHarness();
    private final ScoringProjection projection = new ScoringProjection(harness.mongo(), new PublicChanges(),
            new SheetWriteBehind(harness.mongo()));
    private final ScoringQueries queries = new ScoringQueries(harness.mongo());

    @AfterEach
    void close() {
        harness.close();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private List<Object> disciplineWithFourCompetitors() {
        List<Object> events = new ArrayList<>(List.of(
                new DisciplineDefined(D, "c1", "ELEC", "电工", n("0.3"), n("0.7"), CRITERIA),
                new PanelAssigned(D, "c1", List.of("j1", "j2", "j3"), "chief", Map.of("A1", "j1"))));
        String[][] competitors = {{"p1", "张伟", "t1", "杭州市代表队"}, {"p2", "李娜", "t2", "宁波市代表队"},
                {"p3", "王强", "t1", "杭州市代表队"}, {"p4", "赵敏", "t3", "温州市代表队"}};
        for (int i = 0; i < competitors.length; i++) {
            String[] c = competitors[i];
            events.add(new CompetitorRegistered(D, "c1", c[0], i + 1, c[1], c[2], c[3], null));
        }
        return events;
    }

    /** 张伟's theory score, j1's measurement and two judgement marks 2 apart (a flag). */
    private static List<Object> theoryAndThreeMarksOfP1() {
        return List.of(
                new TheoryScoreRecorded(D, "c1", "p1", n("90"), null),
                new MarkEntered(D, "c1", "p1", "A1", "j1", n("60")),
                new MarkEntered(D, "c1", "p1", "B1", "j1", n("3")),
                new MarkEntered(D, "c1", "p1", "B1", "j2", n("1")));
    }

    @Test
    void aSheetShowsEveryJudgesCurrentMarkItsFlagsAndWhatIsMissing() {
        List<Object> events = disciplineWithFourCompetitors();
        events.addAll(theoryAndThreeMarksOfP1());
        events.add(new MarkRevised(D, "c1", "p1", "A1", "j1", n("60"), n("62.5"), "漏计"));
        harness.publish(projection, events.toArray());

        DisciplineDocument discipline = queries.discipline(D).orElseThrow();
        assertThat(discipline.judges()).containsExactly("j1", "j2", "j3");
        assertThat(discipline.assigneeOf("A1")).isEqualTo("j1");
        SheetStatus status = queries.status(discipline, queries.competitor("p1").orElseThrow());
        assertThat(status.competitor().markOf("A1", "j1")).isEqualByComparingTo("62.5");
        assertThat(status.competitor().marks()).filteredOn(mark -> mark.criterionCode().equals("A1"))
                .singleElement().extracting(CompetitorDocument.Mark::revisions).isEqualTo(1);
        assertThat(status.missingMarks()).isEqualTo(1);
        assertThat(status.unconfirmedFlags()).containsExactly("B1");
        assertThat(status.complete()).isFalse();

        harness.publish(projection, new MarkEntered(D, "c1", "p1", "B1", "j3", n("2")),
                new FlagConfirmed(D, "c1", "p1", "B1", "复核无误"));
        status = queries.status(discipline, queries.competitor("p1").orElseThrow());
        assertThat(status.unconfirmedFlags()).isEmpty();
        assertThat(status.complete()).isTrue();
    }

    @Test
    void resultsRankLockedSheetsWithPrizesAndStandingsCountOnlyPublishedDisciplines() {
        List<Object> events = disciplineWithFourCompetitors();
        events.addAll(List.of(
                new SheetLocked(D, "c1", "p1", n("90"), n("84.33"), n("86.03")),
                new SheetLocked(D, "c1", "p2", n("80"), n("90"), n("87.00")),
                new SheetLocked(D, "c1", "p3", n("70"), n("50"), n("56.00"))));
        harness.publish(projection, events.toArray());

        ScoringQueries.Results results = queries.results(D);
        assertThat(results.published()).isFalse();
        assertThat(results.competitors()).isEqualTo(4);
        assertThat(results.locked()).isEqualTo(3);
        // N = 3: one first prize, no second, one third; 56.00 is below 60.
        assertThat(results.rows()).extracting(ResultRow::rank, ResultRow::name, ResultRow::prize)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "李娜", Prize.FIRST),
                        org.assertj.core.groups.Tuple.tuple(2, "张伟", Prize.THIRD),
                        org.assertj.core.groups.Tuple.tuple(3, "王强", null));

        Map<String, String> teams = new LinkedHashMap<>(Map.of("t1", "杭州市代表队"));
        teams.put("t2", "宁波市代表队");
        teams.put("t3", "温州市代表队");
        assertThat(queries.standings("c1", teams)).allMatch(row -> row.first() == 0 && row.third() == 0);

        harness.publish(projection, new SheetLocked(D, "c1", "p4", n("60"), n("60"), n("60.00")),
                new ResultsPublished(D, "c1"), new TeamRenamed("c1", "t2", "宁波市代表队", "宁波市总工会代表队"));
        assertThat(queries.results(D).published()).isTrue();
        assertThat(queries.standings("c1", teams))
                .extracting(row -> row.team() + ":" + row.rank() + ":" + row.first() + row.second() + row.third())
                .containsExactly("宁波市代表队:1:100", "杭州市代表队:2:010", "温州市代表队:3:001");
        assertThat(queries.results(D).rows().getFirst().team()).isEqualTo("宁波市总工会代表队");

        harness.publish(projection, new SheetReopened(D, "c1", "p2", "申诉成立"), new ResultsUnpublished(D, "c1", "p2"));
        assertThat(queries.results(D).published()).isFalse();
        assertThat(queries.results(D).rows()).extracting(ResultRow::name).doesNotContain("李娜");
    }

    @Test
    void appealsAreListedWithTheirStateAndARebuildGivesTheSameDocuments() {
        List<Object> events = disciplineWithFourCompetitors();
        events.addAll(List.of(
                new AppealFiled(D, "c1", "a1", "p2", "t2", "对工艺评分有异议"),
                new AppealFiled(D, "c1", "a2", "p1", "t1", "计分有误"),
                new AppealDismissed(D, "c1", "a2", "p1", "评分符合细则")));
        harness.publish(projection, events.toArray());
        assertThat(queries.appeals("c1")).extracting(AppealDocument::id, AppealDocument::competitorName,
                AppealDocument::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("a1", "李娜", AppealDocument.State.OPEN),
                org.assertj.core.groups.Tuple.tuple("a2", "张伟", AppealDocument.State.DISMISSED));

        List<CompetitorDocument> before = queries.competitors(D);
        harness.reset(projection);
        assertThat(queries.competitors(D)).isEmpty();
        harness.publish(projection, events.toArray());
        assertThat(queries.competitors(D)).isEqualTo(before);
    }

    /** Sheets are kept in memory between marks; a rebuild must not bring back marks from before it. */
    @Test
    void aRebuildForgetsTheSheetsKeptInMemory() {
        List<Object> events = disciplineWithFourCompetitors();
        harness.publish(projection, events.toArray());
        harness.publish(projection, theoryAndThreeMarksOfP1().toArray());
        assertThat(queries.competitor("p1").orElseThrow().marks()).hasSize(3);

        harness.reset(projection);
        harness.publish(projection, events.toArray());
        harness.publish(projection, new MarkEntered(D, "c1", "p1", "B1", "j3", n("2")));
        CompetitorDocument p1 = queries.competitor("p1").orElseThrow();
        assertThat(p1.marks()).extracting(CompetitorDocument.Mark::judge).containsExactly("j3");
        assertThat(p1.theory()).isNull();
    }

    /**
     * In a processor's batch the marks wait in memory and each sheet is written once at the end; a flag
     * confirmation and a lock in the middle of the batch still see (and keep) every mark before them.
     */
    @Test
    void aBatchOfMarksAFlagConfirmationAndALockGivesTheSameSheetsAsEventsOneByOne() {
        List<Object> events = disciplineWithFourCompetitors();
        events.addAll(theoryAndThreeMarksOfP1());
        events.addAll(List.of(
                new MarkEntered(D, "c1", "p1", "B1", "j3", n("2")),
                new FlagConfirmed(D, "c1", "p1", "B1", "复核无误"),
                new MarkRevised(D, "c1", "p1", "A1", "j1", n("60"), n("62.5"), "漏计"),
                new MarkRevised(D, "c1", "p1", "A1", "j1", n("62.5"), n("63"), "再次复核"),
                new MarkEntered(D, "c1", "p2", "A1", "j1", n("50")),
                new SheetLocked(D, "c1", "p1", n("90"), n("68.33"), n("74.83"))));
        harness.publish(projection, events.toArray());
        List<CompetitorDocument> oneByOne = queries.competitors(D);

        ProjectionHarness batched = new ProjectionHarness();
        try {
            SheetWriteBehind sheets = new SheetWriteBehind(batched.mongo());
            batched.publishInOneBatch(new ScoringProjection(batched.mongo(), new PublicChanges(), sheets),
                    sheets.writeBeforeOtherEvents(), events.toArray());
            assertThat(new ScoringQueries(batched.mongo()).competitors(D)).isEqualTo(oneByOne);
        } finally {
            batched.close();
        }
        CompetitorDocument p1 = oneByOne.getFirst();
        assertThat(p1.markOf("A1", "j1")).isEqualByComparingTo("63");
        assertThat(p1.confirmedFlags()).containsExactly("B1");
        assertThat(p1.locked()).isTrue();
    }

    /**
     * The processor stores its position when the batch commits, before anything the handlers registered: the
     * marks of a batch that ends with marks are in the sheets by then, so a node killed between the two leaves
     * no handled mark out of the read model that another node then resumes.
     */
    @Test
    void theSheetsOfABatchAreWrittenBeforeTheProcessorStoresItsPosition() {
        harness.publish(projection, disciplineWithFourCompetitors().toArray());
        SheetWriteBehind sheets = new SheetWriteBehind(harness.mongo());
        List<EventMessage<?>> marks = harness.batchOf(
                new MarkEntered(D, "c1", "p1", "A1", "j1", n("61")),
                new MarkEntered(D, "c1", "p2", "A1", "j1", n("52")),
                new MarkRevised(D, "c1", "p1", "A1", "j1", n("61"), n("60"), "复核更正"));
        List<CompetitorDocument> atPositionStored = new ArrayList<>();
        harness.redeliverInOneBatch(new ScoringProjection(harness.mongo(), new PublicChanges(), sheets),
                sheets.writeBeforeOtherEvents(), marks, () -> atPositionStored.addAll(queries.competitors(D)));

        assertThat(atPositionStored).isEqualTo(queries.competitors(D));
        assertThat(atPositionStored.getFirst().markOf("A1", "j1")).isEqualByComparingTo("60");
        assertThat(atPositionStored.get(1).markOf("A1", "j1")).isEqualByComparingTo("52");
    }
}
