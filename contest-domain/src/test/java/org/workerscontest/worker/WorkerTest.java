package org.workerscontest.worker;

import static org.workerscontest.worker.api.WorkerMessages.*;

import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.worker.api.Gender;

/** Registering a worker's record, and the organizer's confirmed merge or distinction of two records. */
class WorkerTest {

    static final WorkerRegistered WANG = new WorkerRegistered("w1", "王伟", Gender.MALE, "省海港集团", "宁波市", "桥吊司机",
            true);

    /** w2 and w3 are listed; w9 was merged into another record. */
    static final WorkerDirectory DIRECTORY = workerId -> Set.of("w1", "w2", "w3").contains(workerId);

    AggregateTestFixture<Worker> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Worker.class);
        fixture.registerInjectableResource(DIRECTORY);
    }

    @Test
    void aRecordNeedsNameGenderUnitAndRegion() {
        fixture.givenNoPriorActivity()
                .when(new RegisterWorker("w1", "王伟", Gender.MALE, "省海港集团", "宁波市", "桥吊司机", true))
                .expectEvents(WANG);
        fixture.givenNoPriorActivity()
                .when(new RegisterWorker("w1", " ", Gender.MALE, "省海港集团", "宁波市", null, true))
                .expectException(DomainRuleViolation.class).expectExceptionMessage("error.required [field.worker.name]");
        fixture.givenNoPriorActivity()
                .when(new RegisterWorker("w1", "王伟", null, "省海港集团", "宁波市", null, true))
                .expectExceptionMessage("error.required [field.worker.gender]");
    }

    @Test
    void aConfirmedDuplicateMergesIntoAListedRecordOnce() {
        fixture.given(WANG).when(new MergeWorker("w1", "w2")).expectEvents(new WorkerMerged("w1", "w2"));
        fixture.given(WANG, new WorkerMerged("w1", "w2")).when(new MergeWorker("w1", "w3"))
                .expectException(DomainRuleViolation.class).expectExceptionMessage("error.worker.merged [王伟]");
        fixture.given(WANG).when(new MergeWorker("w1", "w1")).expectExceptionMessage("error.worker.sameRecord");
        fixture.given(WANG).when(new MergeWorker("w1", "w9")).expectExceptionMessage("error.worker.unknown [w9]");
        fixture.given(WANG).when(new MergeWorker("w1", " "))
                .expectExceptionMessage("error.required [field.worker.other]");
    }

    @Test
    void twoRecordsDeclaredDistinctStaySoAndAMergedRecordCannotBeDeclared() {
        fixture.given(WANG).when(new DeclareDistinct("w1", "w2"))
                .expectEvents(new WorkersDeclaredDistinct("w1", "w2"));
        fixture.given(WANG, new WorkersDeclaredDistinct("w1", "w2")).when(new DeclareDistinct("w1", "w2"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(WANG, new WorkerMerged("w1", "w3")).when(new DeclareDistinct("w1", "w2"))
                .expectExceptionMessage("error.worker.merged [王伟]");
        fixture.given(WANG).when(new DeclareDistinct("w1", "w9")).expectExceptionMessage("error.worker.unknown [w9]");
    }
}
