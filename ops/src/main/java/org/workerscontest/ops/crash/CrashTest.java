package org.workerscontest.ops.crash;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The crash test: judges mark through the REST API, the application is killed with SIGKILL at a random moment,
 * restarted on the same data, and every acknowledged mark must still be there, once. Run by
 * {@code ops/crash-test.sh}; see the README ("Durability").
 *
 * <p>Each mark is sent with its own {@code Idempotency-Key}, written to {@code attempts.ndjson} before it is
 * sent and to {@code receipts.ndjson} once answered, so what the judges were told survives the test's own
 * crash too. After each restart, when the read models have caught up:
 * <ul>
 * <li>every answered mark's request is in its sheet's history exactly once (none lost, none doubled);</li>
 * <li>every sheet shows, for each judge and criterion, the last mark of that judge that was stored;</li>
 * <li>each judge's unanswered request is sent again with the same key: it is answered, and has one effect;</li>
 * <li>every second cycle the judges are killed during a rebuild of every read model, and the read models
 * after the restart must equal those of another rebuild on the quiet system.</li>
 * </ul>
 * After the last cycle the application is stopped and the event store itself is read: each answered mark's
 * request has exactly one event there.
 */
public class CrashTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int COMPETITORS = 8;
    static final List<String> CRITERIA = List.of("J1", "J2", "J3", "J4");
    static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final String JUDGE_PASSWORD = "crash-pass-1";
    private static final String MARK_EVENT = "org.workerscontest.scoring.api.ScoringMessages$Mark";

    /** One mark as sent: its key, whose mark, of which cell, and its place in that judge's order. */
    record Attempt(String key, String judge, String competitor, String criterion, int value, long sequence) {
        String path(String contestPath) {
            return contestPath + "/competitors/" + competitor + "/marks/" + criterion;
        }

        Map<String, Object> body() {
            return Map.of("value", value, "reason", "第 " + sequence + " 次评分");
        }
    }

    /** @param lost acknowledged marks lost so far; {@code newlyLost} of them found lost after this cycle's crash */
    private record Cycle(int number, int acknowledged, int lost, int newlyLost, int doubled, int storedUnanswered, int retried,
                         int retryFailures, int refused, boolean rebuildMatches, String killedDuring,
                         double restartSeconds) {
        boolean passed() {
            return newlyLost == 0 && doubled == 0 && retryFailures == 0 && rebuildMatches;
        }
    }

    final Path work;
    final Path jar;
    private final List<String> javaOptions;
    private final int port;
    final String adminPassword = "crash-admin-" + UUID.randomUUID().toString().substring(0, 8);
    final Random random = new Random();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, Attempt> attempts = new ConcurrentHashMap<>();
    /** The receipt of every answered attempt, by key. */
    final Map<String, JsonNode> receipts = new ConcurrentHashMap<>();
    final Map<String, String> sessions = new ConcurrentHashMap<>();
    final EventStore eventStore;
    PrintWriter attemptLog;
    PrintWriter receiptLog;
    private Process application;
    private int starts;
    private int lostBefore;
    String contestPath;
    List<String> competitors;
    List<String> judges;
    String chief;

    CrashTest(Path work, Path jar, List<String> javaOptions, int port, EventStore eventStore) {
        this.work = work;
        this.jar = jar;
        this.javaOptions = javaOptions;
        this.port = port;
        this.eventStore = eventStore;
    }

    /** args: jar, cycles, judges, seconds of marking per cycle, work directory, port. */
    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: CrashTest JAR CYCLES JUDGES SECONDS WORK_DIR PORT");
            System.exit(2);
        }
        Path work = Files.createDirectories(Path.of(args[4]));
        EventStore store = EventStore.fromEnvironment(work);
        CrashTest test = new CrashTest(work, Path.of(args[0]), javaOptions(), Integer.parseInt(args[5]), store);
        int failed;
        try {
            failed = test.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } finally {
            test.stopApplication();
        }
        store.dropIfPassed(failed == 0);
        System.exit(failed == 0 ? 0 : 1);
    }

    /** The application's JVM options, as the scripts pass them on. */
    static List<String> javaOptions() {
        return Arrays.stream(Objects.toString(System.getenv("CONTEST_JAVA_OPTS"), "").split("\\s+"))
                .filter(option -> !option.isBlank()).toList();
    }

    private int run(int cycles, int judgeCount, int seconds) throws Exception {
        System.out.printf("Crash test: %d cycles, %d judges, up to %d s of marking each, event store %s, work in %s%n",
                cycles, judgeCount, seconds, eventStore.describe(), work);
        attemptLog = appendTo("attempts.ndjson");
        receiptLog = appendTo("receipts.ndjson");
        startApplication();
        setUp(judgeCount);
        List<Cycle> results = new ArrayList<>();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            results.add(cycle(cycle, seconds));
            Cycle done = results.getLast();
            System.out.printf("cycle %d: killed %s; so far %d marks acknowledged, %d acknowledged lost, %d doubled, %d stored"
                            + " without an answer, %d unanswered resent (%d failed), %d refused, rebuild %s,"
                            + " restart %.1f s: %s%n", done.number(), done.killedDuring(), done.acknowledged(),
                    done.lost(), done.doubled(), done.storedUnanswered(), done.retried(), done.retryFailures(),
                    done.refused(), done.rebuildMatches() ? "matches" : "DIFFERS", done.restartSeconds(),
                    done.passed() ? "passed" : "FAILED");
        }
        stopApplication();
        EventStore.Check stored = eventStore.check(answeredMarkKeys());
        System.out.printf("event store after the last cycle: %d answered marks, %d missing, %d stored twice: %s%n",
                stored.expected(), stored.missing(), stored.doubled(), stored.passed() ? "passed" : "FAILED");
        int passed = (int) results.stream().filter(Cycle::passed).count() + (stored.passed() ? 1 : 0);
        int failed = results.size() + 1 - passed;
        System.out.printf("total: %d marks acknowledged, %d acknowledged lost, %d stored without an answer,"
                        + " restart %.1f–%.1f s%n", receipts.size(), results.getLast().lost(),
                results.getLast().storedUnanswered(),
                results.stream().mapToDouble(Cycle::restartSeconds).min().orElse(0),
                results.stream().mapToDouble(Cycle::restartSeconds).max().orElse(0));
        System.out.printf("%d passed, %d failed%n", passed, failed);
        return failed;
    }

    private Cycle cycle(int number, int seconds) throws Exception {
        AtomicBoolean marking = new AtomicBoolean(true);
        Map<String, Attempt> unanswered = new ConcurrentHashMap<>();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        List<Thread> threads = judges.stream().map(judge -> Thread.ofPlatform().name("judge-" + judge)
                .start(() -> mark(judge, marking, unanswered, refusals))).toList();
        boolean duringRebuild = number % 2 == 0;
        long killAfter = 1000 + (long) (random.nextDouble() * Math.max(0, seconds * 1000L - 1000));
        String killedDuring;
        if (duringRebuild) {
            Thread.sleep(killAfter);
            send("admin", "POST", "/api/admin/projections/rebuild", null, null);
            // Killed while the processors replay: a random moment in the first second of the rebuild.
            Thread.sleep(50 + random.nextInt(950));
            killedDuring = String.format("during a rebuild, %.1f s into marking", killAfter / 1000.0);
        } else {
            Thread.sleep(killAfter);
            killedDuring = String.format("%.1f s into marking", killAfter / 1000.0);
        }
        application.destroyForcibly();
        application.waitFor();
        marking.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        sessions.clear();
        long restarted = System.nanoTime();
        startApplication();
        awaitCaughtUp();
        double restartSeconds = (System.nanoTime() - restarted) / 1e9;

        int retryFailures = 0;
        for (Attempt attempt : unanswered.values()) {
            HttpResponse<String> answer = send(attempt.judge(), "PUT", attempt.path(contestPath), attempt.body(),
                    attempt.key());
            if (answer.statusCode() == 200) {
                answered(attempt, JSON.readTree(answer.body()));
            } else {
                retryFailures++;
                System.out.printf("  resent %s answered %d: %s%n", attempt.key(), answer.statusCode(), answer.body());
            }
        }
        retryFailures += resendAnsweredOnce();
        awaitCaughtUp();

        Comparison comparison = compareWithReadModels();
        boolean rebuildMatches = true;
        if (duringRebuild) {
            Map<String, JsonNode> before = readModels();
            send("admin", "POST", "/api/admin/projections/rebuild", null, null);
            Thread.sleep(500);
            awaitCaughtUp();
            Map<String, JsonNode> after = readModels();
            rebuildMatches = before.equals(after);
            if (!rebuildMatches) {
                before.keySet().stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).limit(3)
                        .forEach(key -> System.out.printf("  %s differs after a quiet rebuild%n", key));
            }
        }
        int newlyLost = comparison.lost() - lostBefore;
        lostBefore = comparison.lost();
        return new Cycle(number, receipts.size(), comparison.lost(), newlyLost, comparison.doubled(),
                comparison.storedUnanswered(), unanswered.size(), retryFailures,
                refusals.values().stream().mapToInt(Integer::intValue).sum(), rebuildMatches, killedDuring,
                restartSeconds);
    }

    /** One judge, cell after cell of their sheets, each mark another value than the judge's previous one there. */
    void mark(String judge, AtomicBoolean marking, Map<String, Attempt> unanswered,
                      Map<String, Integer> refusals) {
        long sequence = attempts.values().stream().filter(attempt -> attempt.judge().equals(judge))
                .mapToLong(Attempt::sequence).max().orElse(0);
        int cells = competitors.size() * CRITERIA.size();
        while (marking.get()) {
            sequence++;
            int cell = (int) (sequence % cells);
            String competitor = competitors.get(cell / CRITERIA.size());
            String criterion = CRITERIA.get(cell % CRITERIA.size());
            int value = (int) ((sequence / cells + judge.hashCode()) & 3);
            Attempt attempt = new Attempt(judge + "-" + sequence, judge, competitor, criterion, value, sequence);
            attempts.put(attempt.key(), attempt);
            log(attemptLog, attempt);
            try {
                HttpResponse<String> answer = send(judge, "PUT", attempt.path(contestPath), attempt.body(),
                        attempt.key());
                if (answer.statusCode() == 200) {
                    answered(attempt, JSON.readTree(answer.body()));
                } else if (answer.statusCode() >= 500 || answer.statusCode() == 503) {
                    // The server is going down under the request: as good as unanswered.
                    unanswered.put(judge, attempt);
                    return;
                } else {
                    refusals.merge(answer.statusCode() + " " + answer.body(), 1, Integer::sum);
                }
            } catch (UncheckedIOException e) {
                unanswered.put(judge, attempt);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void answered(Attempt attempt, JsonNode receipt) {
        receipts.put(attempt.key(), receipt);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("key", attempt.key());
        line.put("receipt", receipt);
        log(receiptLog, line);
    }

    /** A repeat of an answered request answers the same receipt and changes nothing. */
    int resendAnsweredOnce() throws IOException {
        int failures = 0;
        for (String judge : judges) {
            Optional<Attempt> last = receipts.keySet().stream().map(attempts::get)
                    .filter(attempt -> attempt.judge().equals(judge))
                    .max((a, b) -> Long.compare(a.sequence(), b.sequence()));
            if (last.isEmpty()) {
                continue;
            }
            Attempt attempt = last.get();
            HttpResponse<String> answer = send(judge, "PUT", attempt.path(contestPath), attempt.body(), attempt.key());
            if (answer.statusCode() != 200 || !JSON.readTree(answer.body()).equals(receipts.get(attempt.key()))) {
                failures++;
                System.out.printf("  repeat of answered %s: %d %s%n", attempt.key(), answer.statusCode(), answer.body());
            }
        }
        return failures;
    }

    /** Counted over every mark sent so far, not only this cycle's. */
    record Comparison(int lost, int doubled, int storedUnanswered) {
    }

    /**
     * Every answered mark that changed something is in its sheet's history exactly once, and each sheet shows the
     * last stored mark of each judge. A request in the history that was never answered was stored as the
     * process died: not a loss.
     */
    Comparison compareWithReadModels() throws IOException {
        Set<String> lost = new HashSet<>();
        int doubled = 0;
        int storedUnanswered = 0;
        for (String competitor : competitors) {
            Map<String, Integer> storedRequests = new HashMap<>();
            for (JsonNode entry : get("admin", contestPath + "/competitors/" + competitor + "/history")) {
                if (entry.path("type").asText().startsWith("Mark")) {
                    storedRequests.merge(entry.path("requestId").asText(), 1, Integer::sum);
                }
            }
            Map<String, Attempt> lastStored = new HashMap<>();
            for (Attempt attempt : attempts.values()) {
                if (!attempt.competitor().equals(competitor)) {
                    continue;
                }
                int times = storedRequests.getOrDefault(attempt.key(), 0);
                JsonNode receipt = receipts.get(attempt.key());
                boolean changed = receipt != null && !"UNCHANGED".equals(receipt.path("change").asText());
                if (changed && times == 0) {
                    lost.add(attempt.key());
                    System.out.printf("  LOST: %s (%s %s by %s = %d) was answered but is not stored%n", attempt.key(),
                            competitor, attempt.criterion(), attempt.judge(), attempt.value());
                } else if (times > 1) {
                    doubled++;
                    System.out.printf("  DOUBLED: %s is stored %d times%n", attempt.key(), times);
                } else if (receipt == null && times == 1) {
                    storedUnanswered++;
                }
                if (receipt != null || times > 0) {
                    lastStored.merge(attempt.judge() + "/" + attempt.criterion(), attempt,
                            (a, b) -> a.sequence() > b.sequence() ? a : b);
                }
            }
            JsonNode sheet = get("admin", contestPath + "/competitors/" + competitor);
            Map<String, Integer> shown = new HashMap<>();
            for (JsonNode mark : sheet.path("marks")) {
                shown.put(mark.path("judge").asText() + "/" + mark.path("criterionCode").asText(),
                        mark.path("value").asInt());
            }
            for (var expected : lastStored.entrySet()) {
                Integer value = shown.get(expected.getKey());
                if ((value == null || value != expected.getValue().value()) && lost.add(expected.getValue().key())) {
                    System.out.printf("  LOST: sheet of %s shows %s for %s, the last stored mark was %d (%s)%n",
                            competitor, value, expected.getKey(), expected.getValue().value(), expected.getValue().key());
                }
            }
        }
        return new Comparison(lost.size(), doubled, storedUnanswered);
    }

    /** Every read model the contest has, as the API shows it. */
    Map<String, JsonNode> readModels() throws IOException {
        Map<String, JsonNode> models = new LinkedHashMap<>();
        models.put("contest", get("admin", contestPath));
        models.put("disciplines", get("admin", contestPath + "/disciplines"));
        models.put("results", get("admin", contestPath + "/disciplines/CRASH/results"));
        models.put("standings", get("admin", contestPath + "/standings"));
        models.put("users", get("admin", "/api/users"));
        for (String competitor : competitors) {
            models.put("sheet " + competitor, get("admin", contestPath + "/competitors/" + competitor));
            models.put("history " + competitor, get("admin", contestPath + "/competitors/" + competitor + "/history"));
        }
        return models;
    }

    Set<String> answeredMarkKeys() {
        return receipts.entrySet().stream().filter(entry -> !"UNCHANGED".equals(entry.getValue().path("change").asText()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    void setUp(int judgeCount) throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 4);
        String contestId = created(send("admin", "POST", "/api/contests", Map.of("name", "断电测试赛 " + run,
                "level", "PROVINCIAL", "organizer", "运维测试", "startDate", "2026-09-01", "endDate", "2026-09-03"),
                null));
        contestPath = "/api/contests/" + contestId;
        String team = created(send("admin", "POST", contestPath + "/teams", Map.of("name", "测试代表队", "kind", "REGION",
                "area", "杭州市", "leader", "测试", "phone", "13800000000"), null));
        judges = new ArrayList<>();
        for (int j = 0; j < Math.max(3, judgeCount); j++) {
            judges.add(user("k" + run + "j" + j, "JUDGE"));
        }
        chief = user("k" + run + "c", "CHIEF_JUDGE");
        List<Map<String, Object>> criteria = CRITERIA.stream().map(code -> Map.<String, Object>of("code", code,
                "name", "操作" + code, "kind", "JUDGEMENT", "maxMark", 25)).toList();
        created(send("admin", "POST", contestPath + "/disciplines", Map.of("code", "CRASH", "name", "电工",
                "theoryWeight", 0.3, "practicalWeight", 0.7, "criteria", criteria), null));
        expectOk(send("admin", "PUT", contestPath + "/disciplines/CRASH/panel",
                Map.of("judges", judges, "chiefJudge", chief), null));
        competitors = new ArrayList<>();
        for (int c = 0; c < COMPETITORS; c++) {
            competitors.add(created(send("admin", "POST", contestPath + "/competitors", Map.of("name", "选手" + c,
                    "teamId", team, "disciplineCode", "CRASH", "employer", "测试单位"), null)));
        }
    }

    String user(String username, String role) throws IOException {
        created(send("admin", "POST", "/api/users", Map.of("username", username, "password", JUDGE_PASSWORD,
                "displayName", username, "role", role), null));
        return username;
    }

    static String created(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("refused: " + response.statusCode() + " " + response.body());
        }
    }

    JsonNode get(String user, String path) throws IOException {
        HttpResponse<String> response = send(user, "GET", path, null, null);
        expectOk(response);
        return JSON.readTree(response.body());
    }

    /**
     * As the user, keeping the session the server gives (a judge's tablet pays the password check once).
     *
     * @throws UncheckedIOException when the server does not answer (it is being killed)
     */
    HttpResponse<String> send(String user, String method, String path, Object body, String key)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portFor(user) + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        String session = sessions.get(portFor(user) + "/" + user);
        if (session == null) {
            String password = user.equals("admin") ? adminPassword : JUDGE_PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } else {
            request.header("Cookie", session);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                    .ifPresent(cookie -> sessions.put(portFor(user) + "/" + user, cookie.split(";", 2)[0]));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void startApplication() throws IOException, InterruptedException {
        application = startNode(port, Map.of());
    }

    /** The node the user's requests go to. */
    int portFor(String user) {
        return port;
    }

    /** Started with the test's stores and settings and the given ones, once it answers its health check. */
    Process startNode(int nodePort, Map<String, String> settings) throws IOException, InterruptedException {
        starts++;
        // Sessions live in the process: a new one knows none of the old one's.
        sessions.keySet().removeIf(key -> key.startsWith(nodePort + "/"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        Path logFile = work.resolve("app-" + starts + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().put("CONTEST_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("CONTEST_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("PORT", String.valueOf(nodePort));
        builder.environment().put("CONTEST_DEMO", "false");
        eventStore.configure(builder.environment());
        builder.environment().putAll(settings);
        Process node = builder.start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nodePort + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("The application stopped at start; see " + logFile);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return node;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application did not start within " + START_LIMIT);
    }

    private void stopApplication() throws InterruptedException {
        if (application != null && application.isAlive()) {
            application.destroy();
            if (!application.waitFor(60, TimeUnit.SECONDS)) {
                application.destroyForcibly().waitFor();
            }
        }
    }

    /** Until every read model has handled every stored event. */
    void awaitCaughtUp() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode statuses = get("admin", "/api/admin/projections");
            boolean caughtUp = statuses.size() > 0;
            for (JsonNode status : statuses) {
                caughtUp &= status.path("running").asBoolean() && !status.path("replaying").asBoolean()
                        && status.path("lag").asLong() == 0;
            }
            if (caughtUp) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The read models did not catch up within " + START_LIMIT);
    }

    PrintWriter appendTo(String name) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(work.resolve(name), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
    }

    static void log(PrintWriter log, Object line) {
        try {
            String text = JSON.writeValueAsString(line);
            synchronized (log) {
                log.println(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event store the application is started on: a fresh H2 file, or a fresh schema in a PostgreSQL. */
    record EventStore(String url, String user, String password, String schema) {

        record Check(int expected, int missing, int doubled) {
            boolean passed() {
                return missing == 0 && doubled == 0;
            }
        }

        static EventStore fromEnvironment(Path work) throws SQLException {
            String url = System.getenv("CONTEST_EVENTSTORE_URL");
            if (url == null || url.isBlank()) {
                return new EventStore("jdbc:h2:file:" + work.resolve("data").resolve("eventstore").toAbsolutePath(),
                        "sa", "", null);
            }
            String schema = "crash_" + UUID.randomUUID().toString().substring(0, 8);
            EventStore store = new EventStore(url, System.getenv("CONTEST_EVENTSTORE_USER"),
                    Objects.toString(System.getenv("CONTEST_EVENTSTORE_PASSWORD"), ""), schema);
            try (Connection connection = DriverManager.getConnection(url, store.user(), store.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            return store;
        }

        String describe() {
            return schema == null ? "H2 (embedded)" : "PostgreSQL, schema " + schema;
        }

        String applicationUrl() {
            return schema == null ? url : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        /** The application gets the store's account explicitly: one inherited for another store must not reach H2. */
        void configure(Map<String, String> environment) {
            if (schema != null) {
                environment.put("CONTEST_EVENTSTORE_URL", applicationUrl());
            }
            environment.put("CONTEST_EVENTSTORE_USER", Objects.toString(user, "sa"));
            environment.put("CONTEST_EVENTSTORE_PASSWORD", password);
        }

        /** Every answered mark's request has exactly one event in the store. */
        Check check(Set<String> answeredKeys) throws SQLException, IOException {
            Map<String, Integer> stored = new HashMap<>();
            try (Connection connection = DriverManager.getConnection(applicationUrl(), user, password);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT payloadType, metaData FROM DomainEventEntry")) {
                while (rows.next()) {
                    if (rows.getString(1).startsWith(MARK_EVENT)) {
                        String requestId = JSON.readTree(rows.getBytes(2)).path("requestId").asText();
                        stored.merge(requestId, 1, Integer::sum);
                    }
                }
            }
            int missing = 0;
            int doubled = 0;
            for (String key : answeredKeys) {
                int times = stored.getOrDefault(key, 0);
                missing += times == 0 ? 1 : 0;
                doubled += times > 1 ? 1 : 0;
            }
            return new Check(answeredKeys.size(), missing, doubled);
        }

        void dropIfPassed(boolean passed) throws SQLException {
            if (schema != null && passed) {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                     Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }
}
