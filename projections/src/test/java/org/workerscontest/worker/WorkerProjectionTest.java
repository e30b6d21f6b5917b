package org.workerscontest.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.workerscontest.worker.api.WorkerMessages.*;

import java.util.List;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.readmodel.ProjectionHarness;
import org.workerscontest.worker.WorkerQueries.PossibleDuplicate;
import org.workerscontest.worker.api.Gender;

class WorkerProjectionTest {

    private final ProjectionHarness harness = new ProjectionHarness();
    private final WorkerProjection projection = new WorkerProjection(harness.mongo());
    private final WorkerQueries queries = new WorkerQueries(harness.mongo());

    @AfterEach
    void close() {
        harness.close();
    }

    private static WorkerRegistered registered(String id, String name, Gender gender, String unit, String region) {
        return new WorkerRegistered(id, name, gender, unit, region, "桥吊司机", true);
    }

    @Test
    void namesakesAreSuggestedUntilMergedOrDeclaredDistinct() {
        harness.publish(projection,
                registered("w1", "王伟", Gender.MALE, "省海港集团", "宁波市"),
                registered("w2", "王伟", Gender.MALE, "宁波舟山港", "宁波市"),
                registered("w3", "王伟", Gender.MALE, "省海港集团", "宁波市"),
                registered("w4", "王伟", Gender.FEMALE, "省海港集团", "宁波市"),
                registered("w5", "李娜", Gender.FEMALE, "国网杭州供电公司", "杭州市"));
        assertThat(queries.possibleDuplicates()).as("same unit first; a woman and a man are not one person")
                .extracting(pair -> pair.first().id(), pair -> pair.second().id())
                .containsExactly(tuple("w1", "w3"), tuple("w1", "w2"), tuple("w2", "w3"));

        harness.publish(projection, new WorkersDeclaredDistinct("w3", "w1"));
        assertThat(queries.possibleDuplicates()).extracting(pair -> pair.first().id(), pair -> pair.second().id())
                .containsExactly(tuple("w1", "w2"), tuple("w2", "w3"));

        List<TrackedEventMessage<?>> merged = harness.publishToAll(List.of(projection), new WorkerMerged("w2", "w1"));
        harness.redeliver(List.of(projection), merged.getFirst());
        assertThat(queries.possibleDuplicates()).isEmpty();
        assertThat(queries.workers()).extracting(WorkerDocument::id).doesNotContain("w2");
        assertThat(queries.mergedInto("w1")).extracting(WorkerDocument::id).containsExactly("w2");
        assertThat(queries.worker("w2").orElseThrow().mergedInto()).isEqualTo("w1");

        // Merging the survivor on: every record it gathered follows it.
        harness.publish(projection, new WorkerMerged("w1", "w3"));
        assertThat(queries.mergedInto("w3")).extracting(WorkerDocument::id).containsExactly("w1", "w2");
        assertThat(queries.possibleDuplicates()).extracting(PossibleDuplicate::first).isEmpty();
        assertThat(queries.named("王")).extracting(WorkerDocument::id).containsExactlyInAnyOrder("w3", "w4");
    }
}
