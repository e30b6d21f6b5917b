package org.workerscontest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workerscontest.scoring.api.ScoringMessages.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.scoring.ScoringQueries;
import org.workerscontest.scoring.api.CriterionKind;
import org.workerscontest.shared.CommandMetadata;

/**
 * Times a rebuild of every projection from 200,000 stored events (scoring events of 20 disciplines)
 * on the embedded stores and prints events per second. Run with {@code ops/rebuild-benchmark.sh}, which gives it
 * the application's JVM options.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RebuildBenchmarkTest {

    static final int EVENTS = 200_000;
    static final int DISCIPLINES = 20;
    static final int COMPETITORS = 50;

    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionAdmin projections;
    @Autowired
    ScoringQueries scoring;

    @Test
    void rebuildsEveryProjectionFromTwoHundredThousandEvents() throws InterruptedException {
        MetaData judge = MetaData.with(CommandMetadata.USER, "judge").and(CommandMetadata.ROLE, "JUDGE");
        List<CriterionDefinition> criteria = new ArrayList<>();
        for (int c = 1; c <= 10; c++) {
            criteria.add(new CriterionDefinition("C" + c, "评分项" + c, CriterionKind.MEASUREMENT, BigDecimal.TEN));
        }
        Random random = new Random(1);
        List<EventMessage<?>> batch = new ArrayList<>();
        int stored = 0;
        long appending = System.nanoTime();
        for (int d = 0; d < DISCIPLINES; d++) {
            String disciplineId = disciplineId("bench", "D" + d);
            batch.add(event(new DisciplineDefined(disciplineId, "bench", "D" + d, "项目" + d, new BigDecimal("0.3"),
                    new BigDecimal("0.7"), criteria), judge));
            batch.add(event(new PanelAssigned(disciplineId, "bench", List.of("judge"), "chief", Map.of()), judge));
            for (int p = 0; p < COMPETITORS; p++) {
                batch.add(event(new CompetitorRegistered(disciplineId, "bench", disciplineId + "-" + p, p + 1,
                        "选手" + p, "t1", "测试代表队", null), judge));
            }
        }
        stored += publish(batch);
        while (stored < EVENTS) {
            int d = random.nextInt(DISCIPLINES);
            String disciplineId = disciplineId("bench", "D" + d);
            batch.add(event(new MarkEntered(disciplineId, "bench", disciplineId + "-" + random.nextInt(COMPETITORS),
                    "C" + (1 + random.nextInt(10)), "judge", BigDecimal.valueOf(random.nextInt(100), 1)), judge));
            if (batch.size() == 1000) {
                stored += publish(batch);
            }
        }
        assertThat(projections.awaitCaughtUp(Duration.ofMinutes(30))).isTrue();
        System.out.printf("%n== Live processing ==%nevents %d appended and projected in %.1f s%n", stored,
                (System.nanoTime() - appending) / 1e9);

        long start = System.nanoTime();
        projections.rebuildAll();
        Map<String, Double> caughtUp = new TreeMap<>();
        long head = projections.statuses().stream().mapToLong(status -> status.position() + status.lag()).max()
                .orElseThrow();
        while (caughtUp.size() < projections.statuses().size()) {
            assertThat(System.nanoTime() - start).isLessThan(Duration.ofMinutes(30).toNanos());
            for (ProjectionAdmin.ProjectionStatus status : projections.statuses()) {
                if (status.position() >= head) {
                    caughtUp.putIfAbsent(status.name(), (System.nanoTime() - start) / 1e9);
                }
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%n== Rebuild benchmark ==%nevents %d, projections %d, all rebuilt at once in %.1f s: "
                + "%.0f stored events/s%n", stored, caughtUp.size(), seconds, stored / seconds);
        caughtUp.forEach((name, at) -> System.out.printf("  %-12s done after %5.1f s%n", name, at));
        assertThat(scoring.competitors(disciplineId("bench", "D0"))).hasSize(COMPETITORS);
    }

    private static EventMessage<?> event(Object payload, MetaData metaData) {
        return GenericEventMessage.asEventMessage(payload).andMetaData(metaData);
    }

    private int publish(List<EventMessage<?>> batch) {
        eventStore.publish(batch);
        int size = batch.size();
        batch.clear();
        return size;
    }
}
