package org.workerscontest.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.workerscontest.innovation.api.InnovationMessages.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.innovation.InnovationQueries.Amount;
import org.workerscontest.innovation.InnovationQueries.Filter;
import org.workerscontest.innovation.InnovationQueries.Statistics;
import org.workerscontest.innovation.InnovationResultDocument.State;
import org.workerscontest.innovation.api.Grade;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.readmodel.ProjectionHarness;
import org.workerscontest.worker.WorkerProjection;
import org.workerscontest.worker.WorkerQueries;
import org.workerscontest.worker.api.Gender;
import org.workerscontest.worker.api.WorkerMessages.WorkerRegistered;

class InnovationProjectionTest {

    private final ProjectionHarness harness = new ProjectionHarness();
    private final InnovationProjection projection = new InnovationProjection(harness.mongo());
    private final WorkerQueries workers = new WorkerQueries(harness.mongo());
    private final InnovationQueries queries = new InnovationQueries(harness.mongo(), workers);

    @AfterEach
    void close() {
        harness.close();
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static ResultRecorded recorded(String id, String title, ResultKind kind, String author, String unit, String region,
                                   int year, String claimed, String studioId) {
        return new ResultRecorded(id, new ResultDetails(title, kind, kind == ResultKind.PATENT ? "ZL2026" + id : null,
                List.of(author), unit, region, LocalDate.of(year, 6, 1), null, claimed == null ? null : n(claimed),
                studioId));
    }

    /**
     * r1 2025 small invention, adopted at 80,000; r2 2026 small invention, adopted at 60,000 (both 省海港集团,
     * 宁波市, studio s1); r3 2026 patent graded excellent; r4 2026 proposal just recorded; r5 withdrawn.
     */
    private void fiveResults() {
        harness.publish(new WorkerProjection(harness.mongo()),
                new WorkerRegistered("w1", "王海涛", Gender.MALE, "省海港集团", "宁波市", "桥吊司机", true),
                new WorkerRegistered("w2", "李娜", Gender.FEMALE, "国网杭州供电公司", "杭州市", "运维班长", true));
        harness.publish(projection,
                new StudioNamed("s1", "王海涛劳模创新工作室", ContestLevel.PROVINCIAL, "w1", "省海港集团", List.of(),
                        LocalDate.of(2024, 4, 28)),
                recorded("r1", "桥吊远程操控改造", ResultKind.SMALL_INVENTION, "w1", "省海港集团", "宁波市", 2025, "100000", "s1"),
                new ResultEvaluated("r1", Grade.FIRST, "效益显著"), new ResultAdopted("r1", n("80000"), "核定"),
                recorded("r2", "集装箱锁扣快速拆装工具", ResultKind.SMALL_INVENTION, "w1", "省海港集团", "宁波市", 2026, "50000",
                        "s1"),
                new ResultEvaluated("r2", Grade.SECOND, null), new ResultAdopted("r2", n("60000"), null),
                recorded("r3", "带电作业绝缘斗臂", ResultKind.PATENT, "w2", "国网杭州供电公司", "杭州市", 2026, "200000", null),
                new ResultEvaluated("r3", Grade.EXCELLENT, null),
                recorded("r4", "配网故障研判流程优化建议", ResultKind.RATIONALIZATION_PROPOSAL, "w2", "国网杭州供电公司", "杭州市",
                        2026, null, null),
                recorded("r5", "重复申报的设计", ResultKind.SMALL_DESIGN, "w2", "国网杭州供电公司", "杭州市", 2026, "10000",
                        null),
                new ResultWithdrawn("r5", "与 r3 重复"));
    }

    @Test
    void statisticsMatchTheHandCountedNumbers() {
        fiveResults();
        Statistics all = queries.statistics(Filter.all());
        assertThat(all.results()).isEqualTo(4);
        assertThat(all.evaluated()).isEqualTo(3);
        assertThat(all.adopted()).isEqualTo(2);
        assertThat(all.withdrawn()).isEqualTo(1);
        assertThat(all.adoptionRate()).isEqualByComparingTo("50.0");
        assertThat(all.claimedBenefit()).isEqualByComparingTo("350000");
        assertThat(all.verifiedBenefit()).isEqualByComparingTo("140000");
        assertThat(all.countsByYear()).isEqualTo(Map.of(2025, Map.of(ResultKind.SMALL_INVENTION, 1L),
                2026, Map.of(ResultKind.SMALL_INVENTION, 1L, ResultKind.PATENT, 1L,
                        ResultKind.RATIONALIZATION_PROPOSAL, 1L)));
        assertThat(all.byUnit()).extracting(Amount::name, Amount::results, amount -> amount.verifiedBenefit().intValue())
                .containsExactly(tuple("省海港集团", 2L, 140000), tuple("国网杭州供电公司", 2L, 0));
        assertThat(all.byRegion()).extracting(Amount::name).containsExactly("宁波市", "杭州市");
        assertThat(all.topStudios()).extracting(Amount::name, Amount::results)
                .containsExactly(tuple("王海涛劳模创新工作室", 2L));

        Statistics of2026 = queries.statistics(new Filter(null, null, null, 2026, null, null));
        assertThat(of2026.results()).isEqualTo(3);
        assertThat(of2026.adoptionRate()).isEqualByComparingTo("33.3");
        assertThat(of2026.verifiedBenefit()).isEqualByComparingTo("60000");
    }

    @Test
    void searchFindsByChineseTextAuthorKindGradeYearAndRegion() {
        fiveResults();
        assertThat(ids(new Filter("王海涛", null, null, null, null, null))).containsExactly("r2", "r1");
        assertThat(ids(new Filter("锁扣", null, null, null, null, null))).containsExactly("r2");
        assertThat(ids(new Filter(null, ResultKind.PATENT, null, null, null, null))).containsExactly("r3");
        assertThat(ids(new Filter(null, null, Grade.FIRST, null, null, null))).containsExactly("r1");
        assertThat(ids(new Filter(null, null, null, 2025, null, null))).containsExactly("r1");
        assertThat(ids(new Filter(null, null, null, null, "杭州", null))).containsExactlyInAnyOrder("r3", "r4", "r5");
        assertThat(ids(new Filter("zl2026r3", null, null, null, null, null))).containsExactly("r3");
        assertThat(queries.patentNumberTaken("ZL2026r3", "r9")).isTrue();
        assertThat(queries.patentNumberTaken("ZL2026r3", "r3")).isFalse();
        assertThat(queries.resultsOfStudio("s1")).extracting(InnovationResultDocument::id).containsExactly("r2", "r1");
        assertThat(queries.result("r1").orElseThrow().publiclyListed()).isTrue();
        assertThat(queries.result("r4").orElseThrow().publiclyListed()).isFalse();
    }

    private List<String> ids(Filter filter) {
        return queries.search(filter).stream().map(InnovationResultDocument::id).toList();
    }

    @Test
    void everyEvaluationStaysInTheHistoryOnceAndAnEditChangesTheDetails() {
        List<TrackedEventMessage<?>> delivered = harness.publishToAll(List.of(projection),
                recorded("r1", "桥吊远程操控改造", ResultKind.SMALL_INVENTION, "w1", "省海港集团", "宁波市", 2025, "100000", null),
                new ResultEdited("r1", new ResultDetails("桥吊远程操控系统改造", ResultKind.TECH_RENOVATION, null,
                        List.of("w1", "w2"), "省海港集团", "宁波市", LocalDate.of(2026, 1, 5), "改造说明", n("120000"), null)),
                new ResultEvaluated("r1", Grade.THIRD, "初评"), new ResultEvaluated("r1", Grade.SECOND, "复评提高一档"));
        harness.redeliver(List.of(projection), delivered.getLast());

        InnovationResultDocument result = queries.result("r1").orElseThrow();
        assertThat(result.title()).isEqualTo("桥吊远程操控系统改造");
        assertThat(result.kind()).isEqualTo(ResultKind.TECH_RENOVATION);
        assertThat(result.year()).isEqualTo(2026);
        assertThat(result.state()).isEqualTo(State.EVALUATED);
        assertThat(result.grade()).isEqualTo(Grade.SECOND);
        assertThat(result.evaluations()).extracting(InnovationResultDocument.Evaluation::grade,
                InnovationResultDocument.Evaluation::comments)
                .containsExactly(tuple(Grade.THIRD, "初评"), tuple(Grade.SECOND, "复评提高一档"));
    }
}
