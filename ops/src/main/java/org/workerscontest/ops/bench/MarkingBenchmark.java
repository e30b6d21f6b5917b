package org.workerscontest.ops.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A load generator for judges' mark entry against a running application (ops/benchmark.sh starts one
 * on the embedded stores). Simulated judges each keep a session, as a judge's tablet does. After a warm-up
 * until the server's JIT compilers settle ({@link #warmUp}), two phases on the same set-up:
 * <ol>
 * <li>paced: the judges together enter the target rate of marks per second, each at its own steady pace.
 * Latency counts from the moment a mark was due, so a server that falls behind shows it in full;</li>
 * <li>capacity: every judge enters marks as fast as the server answers (a closed loop, where latency is
 * judges / throughput by Little's law and so says little on its own).</li>
 * </ol>
 * Each prints marks per second, p50/p99 latency of entry, p99 delay until a mark shows in the sheet read
 * model (every 50th mark is read back until it shows, at most 20 at a time, polling more slowly the longer
 * it takes, so that the probes themselves cannot swamp a server that falls behind), and the largest lag of
 * the scoring projection seen in the phase.
 *
 * <p>Arguments: base URL (several, comma-separated, for nodes of one cluster: the judges are spread over them,
 * each staying on one, as behind a load balancer with sticky sessions; the set-up goes to the first), admin
 * password, judges (default 100), seconds per phase (default 60), target marks per second of the paced phase
 * (default 500).
 */
public final class MarkingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int JUDGES_PER_PANEL = 5;
    private static final int COMPETITORS_PER_DISCIPLINE = 40;
    private static final int CRITERIA = 10;
    private static final int VISIBILITY_SAMPLE = 50;
    private static final long FIRST_POLL_NANOS = Duration.ofMillis(10).toNanos();
    private static final int MAX_PROBES = 20;
    private static final int WARM_UP_ROUND_SECONDS = 10;
    private static final int WARM_UP_MAX_SECONDS = 300;
    /** Warm once the server's JIT compilers (their threads' times added up) compile for less of a round than this. */
    private static final double SETTLED_COMPILATION_SHARE = 0.1;

    private final List<String> nodes;
    private final String adminAuthorization;
    /** With a cookie jar: the admin's password is checked once, then the session carries on. */
    private final HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final HttpClient judgesClient = HttpClient.newHttpClient();

    private MarkingBenchmark(String baseUrl, String adminPassword) {
        this.nodes = List.of(baseUrl.split(","));
        this.adminAuthorization = basic("admin", adminPassword);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: MarkingBenchmark <base url> <admin password> [judges] [seconds] [marks/s]");
            System.exit(2);
        }
        int judges = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        new MarkingBenchmark(args[0], args[1]).run(judges, seconds, rate);
    }

    private record Discipline(String code, List<String> judges, List<String> competitors) {
    }

    private record SheetCriterion(String competitor, String criterion) {
    }

    /**
     * One judge's device: its session and how many marks it has entered. The judges share one HTTP
     * client (each a client of its own would add a selector thread per judge to the two cores the
     * server runs on) and each keeps its own session cookie.
     */
    private static final class Judge {
        final String username;
        final Discipline discipline;
        /** The node the judge's tablet talks to. */
        final String node;
        volatile String sessionCookie;
        /** Starts anywhere in a sampling interval, so that the judges' read-backs do not all come at once. */
        int marks = ThreadLocalRandom.current().nextInt(VISIBILITY_SAMPLE);
        /**
         * Competitor and criterion of each mark still being read back: the judge leaves them alone meanwhile,
         * as a later mark would replace the value the read-back waits for.
         */
        final Set<SheetCriterion> readingBack = ConcurrentHashMap.newKeySet();

        Judge(String username, Discipline discipline, String node) {
            this.username = username;
            this.discipline = discipline;
            this.node = node;
        }
    }

    private static final class Figures {
        final ConcurrentLinkedQueue<Long> entryNanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> visibleNanos = new ConcurrentLinkedQueue<>();
        final AtomicLong refused = new AtomicLong();
        final Semaphore probes = new Semaphore(MAX_PROBES);
        final AtomicLong probesSkipped = new AtomicLong();
        final AtomicLong maxScoringLag = new AtomicLong();
    }

    private void run(int judgeCount, int seconds, int rate) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        System.out.printf("Setting up %d judges in %d disciplines ...%n", judgeCount, judgeCount / JUDGES_PER_PANEL);
        String contestId = post("/api/contests", Map.of("name", "性能测试赛 " + run, "level", "PROVINCIAL",
                "organizer", "性能测试", "startDate", "2026-09-01", "endDate", "2026-09-03")).path("id").asText();
        String base = "/api/contests/" + contestId;
        String teamId = post(base + "/teams", Map.of("name", "测试代表队", "kind", "REGION", "area", "杭州市",
                "leader", "测试", "phone", "13800000000")).path("id").asText();
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (int c = 1; c <= CRITERIA; c++) {
            criteria.add(Map.of("code", "C" + c, "name", "评分项" + c, "kind", "MEASUREMENT", "maxMark", 10));
        }
        List<Judge> judges = new ArrayList<>();
        for (int d = 0; d < judgeCount / JUDGES_PER_PANEL; d++) {
            String code = "D" + d;
            List<String> panel = new ArrayList<>();
            for (int j = 0; j < JUDGES_PER_PANEL; j++) {
                String judge = "b" + run + "d" + d + "j" + j;
                post("/api/users", Map.of("username", judge, "password", "bench-pass", "displayName", "裁判",
                        "role", "JUDGE"));
                panel.add(judge);
            }
            String chief = "b" + run + "d" + d + "c";
            post("/api/users", Map.of("username", chief, "password", "bench-pass", "displayName", "裁判长",
                    "role", "CHIEF_JUDGE"));
            post(base + "/disciplines", Map.of("code", code, "name", "项目" + d, "theoryWeight", 0.3,
                    "practicalWeight", 0.7, "criteria", criteria));
            sendAsAdmin("PUT", base + "/disciplines/" + code + "/panel",
                    Map.of("judges", panel, "chiefJudge", chief));
            List<String> competitors = new ArrayList<>();
            for (int p = 0; p < COMPETITORS_PER_DISCIPLINE; p++) {
                competitors.add(post(base + "/competitors", Map.of("name", "选手" + p, "teamId", teamId,
                        "disciplineCode", code)).path("id").asText());
            }
            Discipline discipline = new Discipline(code, panel, competitors);
            panel.forEach(judge -> judges.add(new Judge(judge, discipline, nodes.get(judges.size() % nodes.size()))));
        }

        warmUp(base, judges, rate);
        if (rate > 0) {
            System.out.printf("Paced: %d judges entering %d marks/s together for %d s ...%n", judgeCount, rate, seconds);
            report("paced at " + rate + " marks/s", phase(base, judges, seconds, rate), judgeCount);
        }
        System.out.printf("Capacity: %d judges entering as fast as answered for %d s ...%n", judgeCount, seconds);
        report("capacity (closed loop)", phase(base, judges, seconds, 0), judgeCount);
    }

    /**
     * The server's code is compiled while it runs, and on two slow cores the JIT compilers take minutes, beside
     * the requests: until they are done, the figures say more about the start than about a server that runs a
     * contest all day. So the judges enter marks until the compilers are mostly idle: at the paced phase's
     * rate, which leaves the compilers the CPU they need and stores no more marks than the phases will.
     *
     * @param rate marks per second of all judges together; 0: each judge as fast as answered
     */
    private void warmUp(String base, List<Judge> judges, int rate) throws IOException, InterruptedException {
        System.out.printf("Warming up until the server's JIT compilers settle (at most %d s) ...%n",
                WARM_UP_MAX_SECONDS);
        double compiled = serverCompilationSeconds();
        for (int elapsed = WARM_UP_ROUND_SECONDS; ; elapsed += WARM_UP_ROUND_SECONDS) {
            List<Long> entries = sorted(phase(base, judges, WARM_UP_ROUND_SECONDS, rate).getKey().entryNanos);
            double now = serverCompilationSeconds();
            double compiling = now - compiled;
            compiled = now;
            System.out.printf("  after %3d s: %4.0f marks/s, entry p99 %6.1f ms, JIT compilation %4.1f s%n", elapsed,
                    entries.size() / (double) WARM_UP_ROUND_SECONDS, percentile(entries, 99), compiling);
            if (compiling < SETTLED_COMPILATION_SHARE * WARM_UP_ROUND_SECONDS || elapsed >= WARM_UP_MAX_SECONDS) {
                return;
            }
        }
    }

    /** The time the server's JIT compilers have spent so far, from its metrics. */
    private double serverCompilationSeconds() throws IOException, InterruptedException {
        HttpResponse<String> response = sendAsAdmin("GET", "/actuator/metrics/jvm.compilation.time", null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No compilation time from the server: " + response.body());
        }
        return JSON.readTree(response.body()).path("measurements").path(0).path("value").asDouble() / 1000;
    }

    /** @param rate marks per second of all judges together; 0: each judge as fast as answered */
    private Map.Entry<Figures, Double> phase(String base, List<Judge> judges, int seconds, int rate)
            throws InterruptedException {
        Figures figures = new Figures();
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(seconds).toNanos();
        long interval = rate == 0 ? 0 : Duration.ofSeconds(judges.size()).toNanos() / rate;
        CountDownLatch done = new CountDownLatch(judges.size());
        Thread lagWatch = Thread.ofVirtual().start(() -> watchScoringLag(figures, deadline));
        for (Judge judge : judges) {
            // Spread the judges' first marks over one interval, as real devices are not in step.
            long first = started + (interval == 0 ? 0 : ThreadLocalRandom.current().nextLong(interval));
            Thread.ofVirtual().start(() -> {
                try {
                    judge(base, judge, first, interval, deadline, figures);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        lagWatch.join();
        return Map.entry(figures, elapsed);
    }

    /** Once a second, how many events the scoring projection has yet to handle. */
    private void watchScoringLag(Figures figures, long deadline) {
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = sendAsAdmin("GET", "/api/admin/projections", null);
                for (JsonNode projection : JSON.readTree(response.body())) {
                    if (projection.path("name").asText().equals("scoring")) {
                        figures.maxScoringLag.accumulateAndGet(projection.path("lag").asLong(), Math::max);
                    }
                }
                Thread.sleep(1000);
            } catch (IOException e) {
                // A missed reading: the next one comes in a second.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void judge(String base, Judge judge, long first, long interval, long deadline, Figures figures) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> competitors = judge.discipline.competitors();
        for (long due = first; due < deadline; due = interval == 0 ? System.nanoTime() : due + interval) {
            SheetCriterion target;
            do {
                target = new SheetCriterion(competitors.get(random.nextInt(competitors.size())),
                        "C" + (1 + random.nextInt(CRITERIA)));
            } while (judge.readingBack.contains(target));
            SheetCriterion marked = target;
            String competitor = marked.competitor();
            String criterion = marked.criterion();
            String value = random.nextInt(0, 10) + "." + random.nextInt(0, 10);
            try {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
                long start = interval == 0 ? System.nanoTime() : due;
                HttpResponse<String> response = sendAsJudge(judge, "PUT",
                        base + "/competitors/" + competitor + "/marks/" + criterion,
                        Map.of("value", value, "reason", "压测修改"));
                long entered = System.nanoTime();
                if (response.statusCode() != 200) {
                    figures.refused.incrementAndGet();
                    continue;
                }
                figures.entryNanos.add(entered - start);
                if (++judge.marks % VISIBILITY_SAMPLE == 0) {
                    if (!figures.probes.tryAcquire()) {
                        figures.probesSkipped.incrementAndGet();
                        continue;
                    }
                    // Read back beside the judge's pace, so the probe does not delay the next mark.
                    judge.readingBack.add(marked);
                    Thread.ofVirtual().start(() -> {
                        try {
                            figures.visibleNanos.add(untilVisible(judge, base, competitor, criterion, value, start)
                                    - start);
                        } catch (IOException | InterruptedException e) {
                            figures.refused.incrementAndGet();
                        } finally {
                            judge.readingBack.remove(marked);
                            figures.probes.release();
                        }
                    });
                }
            } catch (IOException e) {
                figures.refused.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Reads the competitor's sheet until the judge's mark shows the value; returns the moment it did. */
    private long untilVisible(Judge judge, String base, String competitor, String criterion, String value,
                              long entered) throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> response = sendAsJudge(judge, "GET", base + "/competitors/" + competitor, null);
            for (JsonNode mark : JSON.readTree(response.body()).path("marks")) {
                if (mark.path("criterionCode").asText().equals(criterion)
                        && mark.path("judge").asText().equals(judge.username)
                        && mark.path("value").decimalValue().compareTo(new BigDecimal(value)) == 0) {
                    return System.nanoTime();
                }
            }
            // A tenth of the time waited so far: the figure is within 10 %, and a late mark costs few reads.
            Thread.sleep(Duration.ofNanos(Math.max(FIRST_POLL_NANOS, (System.nanoTime() - entered) / 10)));
        }
    }

    private static void report(String phase, Map.Entry<Figures, Double> measured, int judges) {
        Figures figures = measured.getKey();
        double seconds = measured.getValue();
        List<Long> entries = sorted(figures.entryNanos);
        List<Long> visible = sorted(figures.visibleNanos);
        System.out.println();
        System.out.printf("== Mark entry benchmark: %s ==%n", phase);
        System.out.printf("judges                 %d%n", judges);
        System.out.printf("marks entered          %d in %.1f s (%d refused or failed)%n", entries.size(), seconds,
                figures.refused.get());
        System.out.printf("marks per second       %.0f%n", entries.size() / seconds);
        System.out.printf("entry latency p50      %.1f ms%n", percentile(entries, 50));
        System.out.printf("entry latency p99      %.1f ms%n", percentile(entries, 99));
        System.out.printf("entry latency max      %.1f ms%n", percentile(entries, 100));
        System.out.printf("visible in sheet p99   %.1f ms (%d samples, %d skipped while %d were waiting)%n",
                percentile(visible, 99), visible.size(), figures.probesSkipped.get(), MAX_PROBES);
        System.out.printf("scoring lag, largest   %d events%n", figures.maxScoringLag.get());
        System.out.println();
    }

    private static List<Long> sorted(Collection<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted;
    }

    private static double percentile(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private JsonNode post(String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = sendAsAdmin("POST", path, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " refused: " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> sendAsAdmin(String method, String path, Object body)
            throws IOException, InterruptedException {
        return admin.send(request(nodes.getFirst(), method, path, body).header("Authorization", adminAuthorization).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** As the judge: signs in with the password once, then sends the session cookie the server gave. */
    private HttpResponse<String> sendAsJudge(Judge judge, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(judge.node, method, path, body);
        String session = judge.sessionCookie;
        if (session == null) {
            request.header("Authorization", basic(judge.username, "bench-pass"));
        } else {
            request.header("Cookie", session);
        }
        HttpResponse<String> response = judgesClient.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .ifPresent(cookie -> judge.sessionCookie = cookie.split(";", 2)[0]);
        return response;
    }

    private HttpRequest.Builder request(String node, String method, String path, Object body) throws IOException {
        return HttpRequest.newBuilder(URI.create(node + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
