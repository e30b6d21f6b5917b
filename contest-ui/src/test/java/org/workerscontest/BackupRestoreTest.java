package org.workerscontest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.ops.OpsCli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code contest-ops backup} while judges mark, {@code contest-ops restore} into a fresh data directory, and the
 * application started on it: what it shows is what the original showed.
 */
class BackupRestoreTest {

    @TempDir
    Path work;

    private static int ops(TestNode node, ByteArrayOutputStream output, String... args) {
        return new OpsCli("http://localhost:" + node.api.port, "admin", "admin-test-pw",
                new PrintStream(output, true, StandardCharsets.UTF_8)).run(args);
    }

    private static int restore(Path backup, Path dataDir, ByteArrayOutputStream output) {
        return OpsCli.restore(backup, dataDir, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    /** Marks the three judges send until told to stop, each with its own request id; the answered ones by id. */
    private static Thread marking(ApiScenario api, List<String> competitors, AtomicBoolean going,
                                  Map<String, Long> answeredAt) {
        return Thread.ofPlatform().start(() -> {
            int sequence = 0;
            while (going.get()) {
                sequence++;
                String judge = api.judges.get(sequence % 3);
                String competitor = competitors.get(sequence / 3 % competitors.size());
                String key = "load-" + sequence;
                Response answer = api.as(judge).send("PUT", api.path("/competitors/" + competitor + "/marks/B1"),
                        Map.of("value", sequence / 3 % 4, "reason", "第 " + sequence + " 次"), Map.of("Idempotency-Key", key));
                if (answer.status() == 200 && !"UNCHANGED".equals(answer.body().path("change").asText())) {
                    answeredAt.put(key, System.nanoTime());
                }
            }
        });
    }

    private static Set<String> storedRequests(TestNode node, List<String> competitors) {
        Set<String> stored = new HashSet<>();
        for (String competitor : competitors) {
            for (JsonNode entry : node.api.admin.get(node.api.path("/competitors/" + competitor + "/history")).body()) {
                stored.add(entry.path("requestId").asText());
            }
        }
        return stored;
    }

    @Test
    void aBackupTakenWhileJudgesMarkRestoresIntoAFreshDataDirectoryWithEveryReadModelAsItWas() throws Exception {
        Path underLoad = work.resolve("under-load.zip");
        Path quiet = work.resolve("quiet.zip");
        Map<String, JsonNode> original;
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        long backupStarted;
        List<String> competitors;
        ApiScenario scenario;
        try (TestNode node = TestNode.start(work.resolve("original"))) {
            scenario = node.api;
            scenario.setUpContest();
            competitors = scenario.threeMarkedCompetitors("备份");
            AtomicBoolean going = new AtomicBoolean(true);
            Thread judges = marking(scenario, competitors, going, answeredAt);
            Thread.sleep(1500);
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            backupStarted = System.nanoTime();
            assertThat(ops(node, output, "backup", underLoad.toString())).as(output.toString()).isZero();
            Thread.sleep(1000);
            going.set(false);
            judges.join();
            assertThat(answeredAt).hasSizeGreaterThan(10);
            assertThat(ops(node, output, "backup", underLoad.toString())).as("an existing file is kept").isOne();
            assertThat(output.toString()).contains("exists already");

            // The load may stop mid-round, its judges' last B1 marks too far apart to lock: agree them first.
            for (String competitor : competitors) {
                for (String judge : scenario.judges) {
                    assertThat(scenario.as(judge).send("PUT", scenario.path("/competitors/" + competitor + "/marks/B1"),
                            Map.of("value", 2, "reason", "复核一致"), Map.of()).status()).isEqualTo(200);
                }
            }
            competitors.forEach(scenario::lock);
            scenario.publish();
            node.awaitCaughtUp();
            assertThat(ops(node, output, "backup", quiet.toString())).as(output.toString()).isZero();
            original = node.readModels();
        }
        assertThat(original.keySet()).filteredOn(name -> name.startsWith("sheet ")).hasSize(3);
        assertThat(original.get("/disciplines/ELEC/results").path("rows")).hasSize(3);
        assertThat(original.get("feed")).extracting(entry -> entry.path("type").asText())
                .containsExactly("DISCIPLINE_PUBLISHED");

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Path restored = work.resolve("restored");
        assertThat(restore(quiet, restored, output)).as(output.toString()).isZero();
        try (TestNode node = TestNode.start(restored)) {
            node.api.contestId = scenario.contestId;
            assertThat(node.readModels()).as("every read model of the restored store").isEqualTo(original);
        }

        Path restoredUnderLoad = work.resolve("restored-under-load");
        assertThat(restore(underLoad, restoredUnderLoad, output)).as(output.toString()).isZero();
        try (TestNode node = TestNode.start(restoredUnderLoad)) {
            node.api.contestId = scenario.contestId;
            Set<String> stored = storedRequests(node, competitors);
            Set<String> answeredBefore = new HashSet<>();
            answeredAt.forEach((key, at) -> {
                if (at < backupStarted) {
                    answeredBefore.add(key);
                }
            });
            assertThat(stored).as("every mark answered before the backup began").containsAll(answeredBefore);
            Map<String, JsonNode> originalHistories = new HashMap<>();
            original.forEach((name, model) -> {
                if (name.startsWith("history ")) {
                    originalHistories.put(name, model);
                }
            });
            for (String competitor : competitors) {
                JsonNode history = node.api.admin.get(node.api.path("/competitors/" + competitor + "/history")).body();
                JsonNode later = originalHistories.get("history " + competitor);
                for (int i = 0; i < history.size(); i++) {
                    assertThat(history.get(i)).as("the backup holds the original's events, in order, up to a moment")
                            .isEqualTo(later.get(i));
                }
            }
        }
    }

    @Test
    void restoreRefusesADataDirectoryWithAnEventStoreAndAFileThatIsNoBackup() throws IOException {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Path existing = Files.writeString(dataDir.resolve("eventstore.mv.db"), "the contest's events");
        Path backup = work.resolve("backup.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry("eventstore.mv.db"));
            zip.write("other events".getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertThat(restore(backup, dataDir, output)).isOne();
        assertThat(output.toString()).contains("exists already");
        assertThat(Files.readString(existing)).as("nothing stored is changed").isEqualTo("the contest's events");

        Path notABackup = work.resolve("photos.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notABackup))) {
            zip.putNextEntry(new ZipEntry("../../evil.mv.db"));
            zip.write(1);
        }
        Path fresh = work.resolve("fresh");
        assertThat(restore(notABackup, fresh, output)).isOne();
        assertThat(output.toString()).contains("is not a backup");
        try (var files = Files.list(fresh)) {
            assertThat(files).isEmpty();
        }
        assertThat(restore(work.resolve("missing.zip"), fresh, output)).isOne();
        assertThat(output.toString()).contains("Cannot restore");
    }
}
