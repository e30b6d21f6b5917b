package org.workerscontest.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import static org.workerscontest.innovation.api.InnovationMessages.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.innovation.api.Grade;
import org.workerscontest.innovation.api.ResultKind;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.worker.Worker;
import org.workerscontest.worker.api.Gender;
import org.workerscontest.worker.api.WorkerMessages.RegisterWorker;
import org.workerscontest.worker.api.WorkerMessages.WorkerRegistered;

class InnovationResultTest {

    static final String ID = "r-1";
    static final LocalDate DATE = LocalDate.of(2026, 5, 20);
    static final ResultDetails DETAILS = new ResultDetails("盾构机刀盘快速换刀装置", ResultKind.SMALL_INVENTION, null,
            List.of("w1", "w2"), "省交通集团", "杭州市", DATE, "换刀时间由 8 小时缩短到 3 小时", new BigDecimal("1200000"),
            null);
    static final ResultRecorded RECORDED = new ResultRecorded(ID, DETAILS);

    /** Patent ZL202310123456.7 is held by result r-9. */
    static final InnovationDirectory DIRECTORY = new InnovationDirectory() {
        @Override
        public boolean workerExists(String workerId) {
            return Set.of("w1", "w2", "w3").contains(workerId);
        }

        @Override
        public boolean studioExists(String studioId) {
            return studioId.equals("s1");
        }

        @Override
        public boolean patentNumberTaken(String patentNumber, String resultId) {
            return patentNumber.equals("ZL202310123456.7") && !resultId.equals("r-9");
        }
    };

    AggregateTestFixture<InnovationResult> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InnovationResult.class);
        fixture.registerInjectableResource(DIRECTORY);
    }

    static ResultDetails details(ResultKind kind, String patentNumber, List<String> authors, BigDecimal claimed,
                                 String studioId) {
        return new ResultDetails(DETAILS.title(), kind, patentNumber, authors, DETAILS.unit(), DETAILS.region(), DATE,
                DETAILS.description(), claimed, studioId);
    }

    @Test
    void aResultIsRecordedEvaluatedAndAdoptedWithAVerifiedBenefit() {
        fixture.givenNoPriorActivity().when(new RecordResult(ID, new ResultDetails(" 盾构机刀盘快速换刀装置 ",
                        ResultKind.SMALL_INVENTION, "ignored", List.of("w1", "w2", "w1"), "省交通集团", "杭州市", DATE,
                        "换刀时间由 8 小时缩短到 3 小时", new BigDecimal("1200000"), null)))
                .expectEvents(RECORDED);
        fixture.given(RECORDED).when(new EvaluateResult(ID, Grade.FIRST, "效果显著"))
                .expectEvents(new ResultEvaluated(ID, Grade.FIRST, "效果显著"));
        fixture.given(RECORDED, new ResultEvaluated(ID, Grade.FIRST, null))
                .when(new AdoptResult(ID, new BigDecimal("860000.50"), "财务部门核定"))
                .expectEvents(new ResultAdopted(ID, new BigDecimal("860000.50"), "财务部门核定"));
    }

    /** A number that another command took a moment ago, which the read models do not show yet. */
    @Test
    void aPatentNumberClaimedByAnotherResultMeanwhileIsRefusedAndAnEditLetsGoOfTheOldNumber() {
        List<String> claims = new ArrayList<>();
        AggregateTestFixture<InnovationResult> fixture = new AggregateTestFixture<>(InnovationResult.class);
        fixture.registerInjectableResource(new InnovationDirectory() {
            @Override
            public boolean workerExists(String workerId) {
                return true;
            }

            @Override
            public boolean studioExists(String studioId) {
                return true;
            }

            @Override
            public boolean patentNumberTaken(String patentNumber, String resultId) {
                return false;
            }

            @Override
            public boolean claimPatentNumber(String patentNumber, String resultId) {
                claims.add(resultId + "=" + patentNumber);
                return !"ZL202410555555.1".equals(patentNumber);
            }
        });
        fixture.givenNoPriorActivity().when(new RecordResult("r-2",
                        details(ResultKind.PATENT, "ZL202410555555.1", List.of("w3"), null, null)))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("error.result.patentNumberTaken [ZL202410555555.1]")
                .expectNoEvents();
        fixture.given(RECORDED).when(new EditResult(ID, DETAILS)).expectSuccessfulHandlerExecution();
        assertThat(claims).containsExactly("r-2=ZL202410555555.1", ID + "=null");
    }

    @Test
    void aPatentNeedsItsOwnNumber() {
        fixture.givenNoPriorActivity().when(new RecordResult("r-2",
                        details(ResultKind.PATENT, "zl 2024 1055 5555.1", List.of("w3"), null, "s1")))
                .expectEvents(new ResultRecorded("r-2", details(ResultKind.PATENT, "ZL202410555555.1", List.of("w3"),
                        null, "s1")));
        fixture.givenNoPriorActivity().when(new RecordResult("r-2",
                        details(ResultKind.PATENT, "ZL202310123456.7", List.of("w3"), null, null)))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("error.result.patentNumberTaken [ZL202310123456.7]")
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(new RecordResult("r-2",
                        details(ResultKind.PATENT, " ", List.of("w3"), null, null)))
                .expectExceptionMessage("error.required [field.result.patentNumber]");
        fixture.givenNoPriorActivity().when(new RecordResult("r-2",
                        details(ResultKind.PATENT, "专利-1", List.of("w3"), null, null)))
                .expectExceptionMessage("error.result.patentNumberInvalid [专利-1]");
    }

    @Test
    void badDetailsAreRefused() {
        fixture.givenNoPriorActivity().when(new RecordResult(ID,
                        details(ResultKind.SMALL_DESIGN, null, List.of("w1"), new BigDecimal("-1"), null)))
                .expectExceptionMessage("error.result.negativeBenefit").expectNoEvents();
        fixture.givenNoPriorActivity().when(new RecordResult(ID,
                        details(ResultKind.SMALL_DESIGN, null, List.of("w1", "w404"), null, null)))
                .expectExceptionMessage("error.result.unknownAuthor [w404]");
        fixture.givenNoPriorActivity().when(new RecordResult(ID,
                        details(ResultKind.SMALL_DESIGN, null, List.of(), null, null)))
                .expectExceptionMessage("error.result.noAuthors");
        fixture.givenNoPriorActivity().when(new RecordResult(ID,
                        details(ResultKind.STUDIO_RESULT, null, List.of("w1"), null, "s404")))
                .expectExceptionMessage("error.studio.unknown [s404]");
        fixture.givenNoPriorActivity().when(new RecordResult(ID,
                        details(ResultKind.SMALL_DESIGN, null, List.of("w1"), new BigDecimal("1.005"), null)))
                .expectExceptionMessage("error.result.benefitInvalid [1.005]");
    }

    @Test
    void aResultIsEditedOnlyUntilEvaluatedAndNeverOnceWithdrawn() {
        ResultDetails edited = details(ResultKind.SMALL_INVENTION, null, List.of("w1"), new BigDecimal("900000"), null);
        fixture.given(RECORDED).when(new EditResult(ID, edited)).expectEvents(new ResultEdited(ID, edited));
        fixture.given(RECORDED, new ResultEvaluated(ID, Grade.SECOND, null)).when(new EditResult(ID, edited))
                .expectExceptionMessage("error.result.evaluated");
        fixture.given(RECORDED).when(new WithdrawResult(ID, "与已有成果重复"))
                .expectEvents(new ResultWithdrawn(ID, "与已有成果重复"));
        fixture.given(RECORDED).when(new WithdrawResult(ID, ""))
                .expectExceptionMessage("error.required [field.reason]");
        fixture.given(RECORDED, new ResultWithdrawn(ID, "重复")).when(new EditResult(ID, edited))
                .expectExceptionMessage("error.result.withdrawn");
    }

    @Test
    void aWithdrawnResultIsNotGradedAndAnAdoptedOneNotWithdrawn() {
        fixture.given(RECORDED, new ResultWithdrawn(ID, "重复")).when(new EvaluateResult(ID, Grade.FIRST, null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("error.result.withdrawn")
                .expectNoEvents();
        fixture.given(RECORDED).when(new AdoptResult(ID, BigDecimal.TEN, null))
                .expectExceptionMessage("error.result.notEvaluated");
        fixture.given(RECORDED, new ResultEvaluated(ID, Grade.THIRD, null)).when(new AdoptResult(ID, new BigDecimal("-5"), null))
                .expectExceptionMessage("error.result.negativeBenefit");
        fixture.given(RECORDED, new ResultEvaluated(ID, Grade.THIRD, null), new ResultAdopted(ID, BigDecimal.TEN, null))
                .when(new WithdrawResult(ID, "撤回"))
                .expectExceptionMessage("error.result.adopted");
        fixture.given(RECORDED, new ResultEvaluated(ID, Grade.THIRD, null), new ResultAdopted(ID, BigDecimal.TEN, null))
                .when(new EvaluateResult(ID, Grade.FIRST, "复评"))
                .expectExceptionMessage("error.result.adopted");
        fixture.given(RECORDED, new ResultEvaluated(ID, Grade.THIRD, null))
                .when(new EvaluateResult(ID, Grade.SECOND, "复评提高一档"))
                .expectEvents(new ResultEvaluated(ID, Grade.SECOND, "复评提高一档"));
    }

    @Test
    void aStudioIsLedAndStaffedByRegisteredWorkers() {
        AggregateTestFixture<Studio> studios = new AggregateTestFixture<>(Studio.class);
        studios.registerInjectableResource(DIRECTORY);
        studios.givenNoPriorActivity().when(new NameStudio("s2", "王海涛劳模创新工作室", ContestLevel.PROVINCIAL, "w1",
                        "省海港集团", List.of("w2", "w1", "w3"), DATE))
                .expectEvents(new StudioNamed("s2", "王海涛劳模创新工作室", ContestLevel.PROVINCIAL, "w1", "省海港集团",
                        List.of("w2", "w3"), DATE));
        studios.givenNoPriorActivity().when(new NameStudio("s2", "工作室", ContestLevel.CITY, "w404", "某单位",
                        List.of(), DATE))
                .expectExceptionMessage("error.result.unknownAuthor [w404]");
    }

    @Test
    void aWorkerIsRegisteredWithNameUnitAndRegion() {
        AggregateTestFixture<Worker> workers = new AggregateTestFixture<>(Worker.class);
        workers.givenNoPriorActivity().when(new RegisterWorker("w1", " 王海涛 ", Gender.MALE, "省海港集团", "宁波市", null,
                        true))
                .expectEvents(new WorkerRegistered("w1", "王海涛", Gender.MALE, "省海港集团", "宁波市", null, true));
        workers.givenNoPriorActivity().when(new RegisterWorker("w1", "", Gender.MALE, "省海港集团", "宁波市", null, true))
                .expectExceptionMessage("error.required [field.worker.name]");
    }
}
