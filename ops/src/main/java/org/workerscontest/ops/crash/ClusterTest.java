package org.workerscontest.ops.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cluster test: two application nodes on one PostgreSQL event store and one MongoDB-protocol read store (a
 * process of its own), judges marking one discipline through both, the node that runs the projections killed
 * with SIGKILL half-way. Run by {@code ops/cluster-test.sh}; see the README ("More than one machine"). Checks:
 * <ul>
 * <li>the other node takes over every projection once the dead node's claims lapse;</li>
 * <li>every acknowledged mark is in its sheet once, and each unanswered one, resent to the survivor, is answered;</li>
 * <li>the results published afterwards make the feed's entries, complete and in one order, on both nodes;</li>
 * <li>both nodes show the same read models, and a rebuild through either gives them again;</li>
 * <li>the event store holds each acknowledged mark exactly once.</li>
 * </ul>
 */
public final class ClusterTest extends CrashTest {

    private static final long TAKE_OVER_LIMIT_SECONDS = 30;

    private record Check(String name, boolean passed, String detail) {
    }

    private final int portA;
    private final int portB;
    private final int readStorePort;
    private final List<Check> checks = new ArrayList<>();
    private final List<Process> processes = new CopyOnWriteArrayList<>();
    /** The node the administrator and the chief judge use; the judges alternate while both nodes live. */
    private volatile int adminPort;
    private volatile boolean nodeADead;

    private ClusterTest(Path work, Path jar, List<String> javaOptions, int portA, int portB, int readStorePort,
                        EventStore eventStore) {
        super(work, jar, javaOptions, portA, eventStore);
        this.portA = portA;
        this.portB = portB;
        this.readStorePort = readStorePort;
        this.adminPort = portA;
    }

    /** args: jar, judges, seconds of marking, work directory, port of node A, of node B, of the read store. */
    public static void main(String[] args) throws Exception {
        if (args.length < 7) {
            System.err.println("usage: ClusterTest JAR JUDGES SECONDS WORK_DIR PORT_A PORT_B READ_STORE_PORT");
            System.exit(2);
        }
        if (Objects.toString(System.getenv("CONTEST_EVENTSTORE_URL"), "").isBlank()) {
            System.err.println("The cluster test needs a PostgreSQL event store: set CONTEST_EVENTSTORE_URL (and"
                    + " CONTEST_EVENTSTORE_USER, CONTEST_EVENTSTORE_PASSWORD). Two nodes cannot share the embedded H2.");
            System.exit(2);
        }
        Path work = Files.createDirectories(Path.of(args[3]));
        EventStore store = EventStore.fromEnvironment(work);
        ClusterTest test = new ClusterTest(work, Path.of(args[0]), javaOptions(), Integer.parseInt(args[4]),
                Integer.parseInt(args[5]), Integer.parseInt(args[6]), store);
        int failed;
        try {
            failed = test.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } finally {
            test.stopAll();
        }
        store.dropIfPassed(failed == 0);
        System.exit(failed == 0 ? 0 : 1);
    }

    @Override
    int portFor(String user) {
        int judge = judges == null ? -1 : judges.indexOf(user);
        if (judge < 0 || nodeADead) {
            return adminPort;
        }
        return judge % 2 == 0 ? portA : portB;
    }

    private int run(int judgeCount, int seconds) throws Exception {
        System.out.printf("Cluster test: 2 nodes, %d judges, %d s of marking, event store %s, work in %s%n",
                judgeCount, seconds, eventStore.describe(), work);
        attemptLog = appendTo("attempts.ndjson");
        receiptLog = appendTo("receipts.ndjson");
        startReadStore();
        Process nodeA = startNodeNamed(portA, "node-a");
        startNodeNamed(portB, "node-b");
        setUp(judgeCount);
        adminPort = portB;
        check("node B follows the projections run by node A", () -> awaitEveryProjectionOn("node-a"));

        AtomicBoolean marking = new AtomicBoolean(true);
        Map<String, Attempt> unanswered = new ConcurrentHashMap<>();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        List<Thread> threads = judges.stream().map(judge -> Thread.ofPlatform().name("judge-" + judge)
                .start(() -> mark(judge, marking, unanswered, refusals))).toList();
        long killAfter = seconds * 1000L / 3 + (long) (random.nextDouble() * seconds * 1000L / 3);
        Thread.sleep(killAfter);
        nodeA.destroyForcibly();
        nodeA.waitFor();
        nodeADead = true;
        long killed = System.nanoTime();
        System.out.printf("killed node A with SIGKILL %.1f s into marking%n", killAfter / 1000.0);
        // Watched while the judges go on marking on node B.
        CompletableFuture<String> takeOver = CompletableFuture.supplyAsync(() -> {
            try {
                String failure = awaitEveryProjectionOn("node-b");
                System.out.printf("take-over after %.1f s%n", (System.nanoTime() - killed) / 1e9);
                return failure;
            } catch (IOException | InterruptedException e) {
                return e.toString();
            }
        });
        Thread.sleep(Math.max(0, seconds * 1000L - killAfter));
        marking.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        check("node B took over every projection of the dead node A", takeOver::get);

        int resendFailures = 0;
        for (Attempt attempt : unanswered.values()) {
            HttpResponse<String> answer = send(attempt.judge(), "PUT", attempt.path(contestPath), attempt.body(),
                    attempt.key());
            if (answer.statusCode() == 200) {
                answered(attempt, JSON.readTree(answer.body()));
            } else {
                resendFailures++;
                System.out.printf("  resent %s answered %d: %s%n", attempt.key(), answer.statusCode(), answer.body());
            }
        }
        int failures = resendFailures;
        check(unanswered.size() + " unanswered marks resent to node B are each answered",
                () -> failures == 0 ? null : failures + " failed");
        awaitCaughtUp();
        check(receipts.size() + " acknowledged marks each in their sheet once, on node B", () -> {
            Comparison comparison = compareWithReadModels();
            return comparison.lost() == 0 && comparison.doubled() == 0 ? null
                    : comparison.lost() + " lost, " + comparison.doubled() + " doubled";
        });
        refusals.forEach((refusal, times) -> System.out.printf("  refused %d times: %s%n", times, refusal));

        publishTwice();
        startNodeNamed(portA, "node-a-restarted");
        nodeADead = false;
        awaitCaughtUp();
        check("both nodes show the same read models", () -> differences(readModelsOn(portA), readModelsOn(portB)));
        List<JsonNode> feed = feedOn(portB);
        check("the feed has the contest's entries once each, in order, the same on both nodes", () -> {
            List<String> types = contestEntries(feed);
            if (!types.equals(List.of("DISCIPLINE_PUBLISHED", "RESULTS_WITHDRAWN", "RESULTS_CHANGED"))) {
                return "entries " + types;
            }
            for (int i = 1; i < feed.size(); i++) {
                if (feed.get(i).path("id").asLong() <= feed.get(i - 1).path("id").asLong()) {
                    return "ids out of order at " + feed.get(i);
                }
            }
            return feed.equals(feedOn(portA)) ? null : "node A's feed differs";
        });
        for (int rebuiltBy : List.of(portA, portB)) {
            Map<String, JsonNode> before = readModelsOn(portB);
            adminPort = rebuiltBy;
            HttpResponse<String> rebuild = send("admin", "POST", "/api/admin/projections/rebuild", null, null);
            Thread.sleep(500);
            awaitCaughtUp();
            String node = rebuiltBy == portA ? "A" : "B";
            check("a rebuild through node " + node + " gives the same read models on both nodes", () -> {
                if (rebuild.statusCode() != 202) {
                    return "answered " + rebuild.statusCode() + " " + rebuild.body();
                }
                String onA = differences(before, readModelsOn(portA));
                String onB = differences(before, readModelsOn(portB));
                String feedAfter = feed.equals(feedOn(portB)) ? null : "the feed differs";
                return onA != null ? "node A: " + onA : onB != null ? "node B: " + onB : feedAfter;
            });
        }
        stopAll();
        EventStore.Check stored = eventStore.check(answeredMarkKeys());
        check("the event store holds each of " + stored.expected() + " acknowledged marks once",
                () -> stored.passed() ? null : stored.missing() + " missing, " + stored.doubled() + " stored twice");

        long passed = checks.stream().filter(Check::passed).count();
        System.out.printf("%d passed, %d failed%n", passed, checks.size() - passed);
        return (int) (checks.size() - passed);
    }

    private interface Verdict {
        /** @return null when passed, else what was wrong */
        String failure() throws Exception;
    }

    private void check(String name, Verdict verdict) {
        String failure;
        try {
            failure = verdict.failure();
        } catch (Exception e) {
            failure = e.toString();
        }
        checks.add(new Check(name, failure == null, failure));
        System.out.printf("%s: %s%n", name, failure == null ? "passed" : "FAILED (" + failure + ")");
    }

    private Process startNodeNamed(int port, String name) throws IOException, InterruptedException {
        Process node = startNode(port, Map.of("CONTEST_MONGODB_URI", "mongodb://127.0.0.1:" + readStorePort + "/contest",
                "CONTEST_NODE_NAME", name));
        processes.add(node);
        return node;
    }

    private void startReadStore() throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), "-Dloader.main=" + ReadStoreServer.class.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", String.valueOf(readStorePort));
        processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("readstore.log").toFile()).start());
        for (int tries = 0; tries < 300; tries++) {
            try (Socket ignored = new Socket("127.0.0.1", readStorePort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The read store did not start; see " + work.resolve("readstore.log"));
    }

    /** Null once every projection, as the administrator's node shows them, runs on the named node. */
    private String awaitEveryProjectionOn(String node) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TAKE_OVER_LIMIT_SECONDS);
        JsonNode statuses = null;
        while (System.nanoTime() < deadline) {
            statuses = get("admin", "/api/admin/projections");
            boolean all = statuses.size() > 0;
            for (JsonNode status : statuses) {
                all &= status.path("running").asBoolean() && node.equals(status.path("node").asText());
            }
            if (all) {
                return null;
            }
            Thread.sleep(200);
        }
        return "after " + TAKE_OVER_LIMIT_SECONDS + " s: " + statuses;
    }

    /**
     * Every judge gives every cell a 2 (so no spread needs the chief judge), the organizer records the theory
     * scores, the chief judge locks the sheets and the results are published; then one sheet is reopened, locked
     * again and the results published again: three feed entries.
     */
    private void publishTwice() throws IOException {
        for (String judge : judges) {
            long sequence = attempts.values().stream().filter(attempt -> attempt.judge().equals(judge))
                    .mapToLong(Attempt::sequence).max().orElse(0);
            for (String competitor : competitors) {
                for (String criterion : CRITERIA) {
                    sequence++;
                    Attempt attempt = new Attempt(judge + "-" + sequence, judge, competitor, criterion, 2, sequence);
                    attempts.put(attempt.key(), attempt);
                    log(attemptLog, attempt);
                    HttpResponse<String> answer = send(judge, "PUT", attempt.path(contestPath), attempt.body(),
                            attempt.key());
                    expectOk(answer);
                    answered(attempt, JSON.readTree(answer.body()));
                }
            }
        }
        for (String competitor : competitors) {
            expectOk(send("admin", "PUT", contestPath + "/competitors/" + competitor + "/theory",
                    Map.of("score", 80), null));
            expectOk(send(chief, "POST", contestPath + "/competitors/" + competitor + "/lock", null, null));
        }
        expectOk(send("admin", "POST", contestPath + "/disciplines/CRASH/publish", null, null));
        String reopened = competitors.getFirst();
        expectOk(send(chief, "POST", contestPath + "/competitors/" + reopened + "/reopen",
                Map.of("reason", "复核"), null));
        expectOk(send(chief, "POST", contestPath + "/competitors/" + reopened + "/lock", null, null));
        expectOk(send("admin", "POST", contestPath + "/disciplines/CRASH/publish", null, null));
    }

    private Map<String, JsonNode> readModelsOn(int port) throws IOException {
        int before = adminPort;
        adminPort = port;
        try {
            return readModels();
        } finally {
            adminPort = before;
        }
    }

    private static String differences(Map<String, JsonNode> expected, Map<String, JsonNode> actual) {
        List<String> differing = expected.keySet().stream()
                .filter(key -> !Objects.equals(expected.get(key), actual.get(key))).limit(3).toList();
        return differing.isEmpty() ? null : "differs in " + differing;
    }

    /**
     * The open feed from its first entry, read until the contest's three entries are there (a node lets entries
     * out only once no lower position can be written any more: after a kill, once the dead node's open
     * transactions are past their deadline) and it has then been quiet for two seconds.
     */
    private List<JsonNode> feedOn(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/public/feed?since=0"))
                .header("Accept", "application/x-ndjson").build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        List<JsonNode> entries = new CopyOnWriteArrayList<>();
        long[] lastLine = {System.nanoTime()};
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    JsonNode entry = JSON.readTree(line);
                    if (entry.has("id")) {
                        entries.add(entry);
                        lastLine[0] = System.nanoTime();
                    }
                }
            } catch (IOException closed) {
                // the test closed the stream
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (contestEntries(entries).size() < 3
                || System.nanoTime() - lastLine[0] < TimeUnit.SECONDS.toNanos(2))) {
            Thread.sleep(100);
        }
        response.body().close();
        reader.interrupt();
        return new ArrayList<>(entries);
    }

    private List<String> contestEntries(List<JsonNode> feed) {
        return feed.stream().filter(entry -> contestPath.endsWith("/" + entry.path("contestId").asText()))
                .map(entry -> entry.path("type").asText()).toList();
    }

    private void stopAll() throws InterruptedException {
        for (Process process : processes.reversed()) {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }
}
