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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A load generator for judges' mark entry against a running application (ops/benchmark.sh starts one
 * on the embedded stores). Simulated judges each keep a session, as a judge's tablet does, and enter
 * marks as fast as the server answers; the figures printed are marks per second, p50/p99 latency of
 * entry, and p99 delay until a mark shows in the sheet read model (measured on every 20th mark by
 * reading it back).
 *
 * <p>Arguments: base URL, admin password, judges (default 100), seconds (default 60).
 */
public final class MarkingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int JUDGES_PER_PANEL = 5;
    private static final int COMPETITORS_PER_DISCIPLINE = 40;
    private static final int CRITERIA = 10;

    private final String baseUrl;
    private final String adminAuthorization;
    private final HttpClient admin = HttpClient.newHttpClient();

    private MarkingBenchmark(String baseUrl, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminAuthorization = basic("admin", adminPassword);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: MarkingBenchmark <base url> <admin password> [judges] [seconds]");
            System.exit(2);
        }
        int judges = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        new MarkingBenchmark(args[0], args[1]).run(judges, seconds);
    }

    private record Discipline(String code, List<String> judges, List<String> competitors) {
    }

    private void run(int judgeCount, int seconds) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        System.out.printf("Setting up %d judges in %d disciplines ...%n", judgeCount, judgeCount / JUDGES_PER_PANEL);
        String contestId = post("/api/contests", Map.of("name", "性能测试赛 " + run, "level", "PROVINCIAL",
                "organizer", "性能测试", "startDate", "2026-09-01", "endDate", "2026-09-03")).path("id").asText();
        String base = "/api/contests/" + contestId;
        String teamId = post(base + "/teams", Map.of("name", "测试代表队", "kind", "REGION", "area", "杭州市",
                "leader", "测试", "phone", "13800000000")).path("id").asText();
        List<Discipline> disciplines = new ArrayList<>();
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (int c = 1; c <= CRITERIA; c++) {
            criteria.add(Map.of("code", "C" + c, "name", "评分项" + c, "kind", "MEASUREMENT", "maxMark", 10));
        }
        for (int d = 0; d < judgeCount / JUDGES_PER_PANEL; d++) {
            String code = "D" + d;
            List<String> judges = new ArrayList<>();
            for (int j = 0; j < JUDGES_PER_PANEL; j++) {
                String judge = "b" + run + "d" + d + "j" + j;
                post("/api/users", Map.of("username", judge, "password", "bench-pass", "displayName", "裁判",
                        "role", "JUDGE"));
                judges.add(judge);
            }
            String chief = "b" + run + "d" + d + "c";
            post("/api/users", Map.of("username", chief, "password", "bench-pass", "displayName", "裁判长",
                    "role", "CHIEF_JUDGE"));
            post(base + "/disciplines", Map.of("code", code, "name", "项目" + d, "theoryWeight", 0.3,
                    "practicalWeight", 0.7, "criteria", criteria));
            send("PUT", base + "/disciplines/" + code + "/panel", Map.of("judges", judges, "chiefJudge", chief),
                    admin, adminAuthorization);
            List<String> competitors = new ArrayList<>();
            for (int p = 0; p < COMPETITORS_PER_DISCIPLINE; p++) {
                competitors.add(post(base + "/competitors", Map.of("name", "选手" + p, "teamId", teamId,
                        "disciplineCode", code)).path("id").asText());
            }
            disciplines.add(new Discipline(code, judges, competitors));
        }

        System.out.printf("Marking for %d s with %d judges ...%n", seconds, judgeCount);
        ConcurrentLinkedQueue<Long> entryNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> visibleNanos = new ConcurrentLinkedQueue<>();
        AtomicLong refused = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(judgeCount);
        for (Discipline discipline : disciplines) {
            for (String judge : discipline.judges()) {
                Thread.ofVirtual().start(() -> {
                    try {
                        judge(base, judge, discipline, deadline, entryNanos, visibleNanos, refused);
                    } finally {
                        done.countDown();
                    }
                });
            }
        }
        long started = System.nanoTime();
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        report(entryNanos, visibleNanos, refused.get(), elapsed, judgeCount);
    }

    private void judge(String base, String judge, Discipline discipline, long deadline,
                       ConcurrentLinkedQueue<Long> entryNanos, ConcurrentLinkedQueue<Long> visibleNanos,
                       AtomicLong refused) {
        // One client per judge with a cookie jar: the password is checked once, then the session is used.
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String authorization = basic(judge, "bench-pass");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int count = 0;
        while (System.nanoTime() < deadline) {
            String competitor = discipline.competitors().get(random.nextInt(discipline.competitors().size()));
            String criterion = "C" + (1 + random.nextInt(CRITERIA));
            String value = random.nextInt(0, 10) + "." + random.nextInt(0, 10);
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = send("PUT", base + "/competitors/" + competitor + "/marks/" + criterion,
                        Map.of("value", value, "reason", "压测修改"), client, count == 0 ? authorization : null);
                long entered = System.nanoTime();
                if (response.statusCode() != 200) {
                    refused.incrementAndGet();
                    continue;
                }
                entryNanos.add(entered - start);
                if (++count % 20 == 0) {
                    visibleNanos.add(untilVisible(client, base, competitor, criterion, judge, value)
                            - start);
                }
            } catch (IOException e) {
                refused.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Reads the competitor's sheet until the judge's mark shows the value; returns the moment it did. */
    private long untilVisible(HttpClient client, String base, String competitor, String criterion, String judge,
                              String value) throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> response = send("GET", base + "/competitors/" + competitor, null, client, null);
            for (JsonNode mark : JSON.readTree(response.body()).path("marks")) {
                if (mark.path("criterionCode").asText().equals(criterion) && mark.path("judge").asText().equals(judge)
                        && mark.path("value").decimalValue().compareTo(new BigDecimal(value)) == 0) {
                    return System.nanoTime();
                }
            }
            Thread.sleep(5);
        }
    }

    private static void report(ConcurrentLinkedQueue<Long> entryNanos, ConcurrentLinkedQueue<Long> visibleNanos,
                               long refused, double seconds, int judges) {
        List<Long> entries = new ArrayList<>(entryNanos);
        List<Long> visible = new ArrayList<>(visibleNanos);
        Collections.sort(entries);
        Collections.sort(visible);
        System.out.println();
        System.out.println("== Mark entry benchmark ==");
        System.out.printf("judges                 %d%n", judges);
        System.out.printf("marks entered          %d in %.1f s (%d refused or failed)%n", entries.size(), seconds, refused);
        System.out.printf("marks per second       %.0f%n", entries.size() / seconds);
        System.out.printf("entry latency p50      %.1f ms%n", percentile(entries, 50));
        System.out.printf("entry latency p99      %.1f ms%n", percentile(entries, 99));
        System.out.printf("visible in results p99 %.1f ms (%d samples)%n", percentile(visible, 99), visible.size());
    }

    private static double percentile(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private JsonNode post(String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", path, body, admin, adminAuthorization);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " refused: " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, Object body, HttpClient client, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
