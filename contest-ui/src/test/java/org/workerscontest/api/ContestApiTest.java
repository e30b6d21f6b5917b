package org.workerscontest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.audit.AuditEntry;
import org.workerscontest.audit.AuditQueries;
import org.workerscontest.audit.AuditQueries.AuditFilter;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.contest.ContestQueries;
import org.workerscontest.ops.OpsCli;
import org.workerscontest.ops.ProjectionAdmin;

/** The contest and team API as an integrator uses it, against the embedded stores. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContestApiTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    ContestQueries contests;
    @Autowired
    AuditQueries audit;
    @Autowired
    ProjectionAdmin projections;
    @Autowired
    MongoTemplate mongo;

    ApiClient admin;

    @BeforeEach
    void signIn() {
        admin = new ApiClient(port, "admin", "admin-test-pw");
    }

    private String createContest(String name) {
        Response created = admin.post("/api/contests", ApiClient.contest(name));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    /** The operator's command line, as admin, printing into {@code output}. */
    private OpsCli operatorCli(ByteArrayOutputStream output) {
        return new OpsCli("http://localhost:" + port, "admin", "admin-test-pw",
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    /** Every contest as its page shows it. */
    private List<ContestDocument> contestDetails() {
        return contests.contests().stream().map(contest -> contests.contest(contest.id()).orElseThrow()).toList();
    }

    private String registerTeam(String contestId, String name) {
        Response created = admin.post("/api/contests/" + contestId + "/teams", ApiClient.team(name, "杭州市"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().path("id").asText();
    }

    @Test
    void createdContestIsListedWithItsTeams() {
        String contestId = createContest("2026年浙江省职工职业技能大赛");
        String teamId = registerTeam(contestId, "杭州市代表队");

        Response list = admin.get("/api/contests");
        assertThat(list.status()).isEqualTo(200);
        assertThat(ApiClient.texts(list.body(), "id")).contains(contestId);
        Response teams = admin.get("/api/contests/" + contestId + "/teams");
        assertThat(ApiClient.texts(teams.body(), "teamId")).containsExactly(teamId);
        assertThat(teams.body().get(0).path("name").asText()).isEqualTo("杭州市代表队");
        assertThat(teams.body().get(0).path("kind").asText()).isEqualTo("REGION");
    }

    @Test
    void badContestInputIsRefusedWithAProblemInTheCallersLanguage() {
        int before = contests.contests().size();

        Response blank = admin.post("/api/contests", Map.of("name", " ", "level", "CITY", "organizer", "市总工会",
                "startDate", "2026-09-15", "endDate", "2026-09-18"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.detail()).isEqualTo("竞赛名称不能为空");

        Response backwards = admin.post("/api/contests", Map.of("name", "倒序日期", "level", "CITY",
                "organizer", "市总工会", "startDate", "2026-09-18", "endDate", "2026-09-15"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.code()).isEqualTo("error.contest.endBeforeStart");
        assertThat(backwards.detail()).contains("2026-09-15", "2026-09-18");

        Response tooLong = admin.post("/api/contests", ApiClient.contest("赛".repeat(101)));
        assertThat(tooLong.detail()).isEqualTo("竞赛名称不能超过 100 个字");

        Response unknownLevel = admin.post("/api/contests", Map.of("name", "x", "level", "GALACTIC"));
        assertThat(unknownLevel.status()).isEqualTo(400);
        assertThat(unknownLevel.detail()).contains("level");

        Response notJson = admin.inLanguage("en-US,en;q=0.9").post("/api/contests", "{name:");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.detail()).isEqualTo("The request body is not valid JSON");

        assertThat(contests.contests()).hasSize(before);
    }

    @Test
    void teamRulesAreEnforcedAndARefusalChangesNothing() {
        String contestId = createContest("团队规则测试赛");
        String teamId = registerTeam(contestId, "宁波市代表队");
        String teams = "/api/contests/" + contestId + "/teams";

        Response duplicate = admin.post(teams, ApiClient.team("宁波市代表队 ", "宁波市"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.detail()).isEqualTo("本竞赛已有名为「宁波市代表队」的代表队");

        Response badPhone = admin.post(teams, Map.of("name", "温州市代表队", "kind", "REGION", "area", "温州市",
                "leader", "张伟", "phone", "12345"));
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.code()).isEqualTo("error.phone.invalid");

        Response renamed = admin.patch(teams + "/" + teamId, Map.of("name", "宁波市总工会代表队"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("name").asText()).isEqualTo("宁波市总工会代表队");

        Response withdrawn = admin.post(teams + "/" + teamId + "/withdraw", Map.of("reason", "人员调整"));
        assertThat(withdrawn.body().path("withdrawn").asBoolean()).isTrue();
        Response renameWithdrawn = admin.patch(teams + "/" + teamId, Map.of("name", "新名字"));
        assertThat(renameWithdrawn.status()).isEqualTo(409);
        assertThat(renameWithdrawn.detail()).isEqualTo("代表队「宁波市总工会代表队」已退赛，不能再修改");

        Response unknownTeam = admin.patch(teams + "/no-such-team", Map.of("name", "x"));
        assertThat(unknownTeam.status()).isEqualTo(404);
        Response unknownContest = admin.get("/api/contests/no-such-contest/teams");
        assertThat(unknownContest.status()).isEqualTo(404);

        ContestDocument stored = contests.contest(contestId).orElseThrow();
        assertThat(stored.teams()).extracting(team -> team.name()).containsExactly("宁波市总工会代表队");
        assertThat(stored.activeTeamCount()).isZero();
    }

    @Test
    void aResentRequestHasNoSecondEffectAndAnswersTheFirstResult() {
        String contestId = createContest("幂等测试赛");
        Map<String, String> sameRequest = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String teams = "/api/contests/" + contestId + "/teams";

        Response first = admin.post(teams, ApiClient.team("嘉兴市代表队", "嘉兴市"), sameRequest);
        Response again = admin.post(teams, ApiClient.team("嘉兴市代表队", "嘉兴市"), sameRequest);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().path("id").asText()).isEqualTo(first.body().path("id").asText());
        assertThat(admin.get(teams).body()).hasSize(1);

        Response reusedForAnotherCommand = admin.post("/api/contests", ApiClient.contest("另一个竞赛"), sameRequest);
        assertThat(reusedForAnotherCommand.status()).isEqualTo(409);
        assertThat(reusedForAnotherCommand.code()).isEqualTo("error.request.reused");
    }

    @Test
    void everyEventRecordsWhoDidItInWhichRoleForWhichRequest() {
        String requestId = "audit-" + UUID.randomUUID();
        Response created = admin.post("/api/contests", ApiClient.contest("审计测试赛"), Map.of("X-Request-Id", requestId));
        String contestId = created.body().path("id").asText();

        List<AuditEntry> entries = audit.page(new AuditFilter(contestId, null, null), 0, 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo("ContestCreated");
            assertThat(entry.user()).isEqualTo("admin");
            assertThat(entry.role()).isEqualTo("ADMIN");
            assertThat(entry.requestId()).isEqualTo(requestId);
            assertThat(entry.details()).containsEntry("name", "审计测试赛");
        });
    }

    @Test
    void onlyOrganizersAndAdministratorsChangeContestsAndOnlyAdministratorsManageUsers() {
        Response anonymous = new ApiClient(port, null, null).get("/api/contests");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.detail()).isEqualTo("需要登录：请提供正确的用户名和密码");
        assertThat(new ApiClient(port, "admin", "wrong").get("/api/contests").status()).isEqualTo(401);

        String judge = "judge" + UUID.randomUUID().toString().substring(0, 8);
        Response createdJudge = admin.post("/api/users", Map.of("username", judge, "password", "judge-pw-1",
                "displayName", "周海燕", "role", "JUDGE"));
        assertThat(createdJudge.status()).isEqualTo(201);
        Response duplicate = admin.post("/api/users", Map.of("username", judge, "password", "judge-pw-1",
                "displayName", "周海燕", "role", "JUDGE"));
        assertThat(duplicate.status()).isEqualTo(409);
        Response shortPassword = admin.post("/api/users", Map.of("username", "shorty", "password", "1234567",
                "displayName", "短密码", "role", "JUDGE"));
        assertThat(shortPassword.detail()).isEqualTo("密码至少需要 8 位");
        Response badName = admin.post("/api/users", Map.of("username", "X!", "password", "12345678",
                "displayName", "坏名字", "role", "JUDGE"));
        assertThat(badName.status()).isEqualTo(400);

        ApiClient asJudge = new ApiClient(port, judge, "judge-pw-1");
        assertThat(asJudge.get("/api/contests").status()).isEqualTo(200);
        Response forbidden = asJudge.post("/api/contests", ApiClient.contest("裁判不能建赛"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("error.api.forbidden");
        assertThat(asJudge.get("/api/users").status()).isEqualTo(403);
        assertThat(ApiClient.texts(admin.get("/api/users").body(), "username")).contains("admin", judge);
        assertThat(admin.get("/api/users").text()).doesNotContain("$2");
    }

    @Test
    void aRebuiltProjectionEqualsTheLiveOne() {
        String contestId = createContest("重建测试赛");
        String teamId = registerTeam(contestId, "湖州市代表队");
        registerTeam(contestId, "绍兴市代表队");
        admin.patch("/api/contests/" + contestId + "/teams/" + teamId, Map.of("leader", "陈静", "phone", "0572-2345678"));
        admin.post("/api/contests/" + contestId + "/teams/" + teamId + "/withdraw", null);
        List<ContestDocument> live = contestDetails();
        long liveAudit = audit.count(AuditFilter.ALL);

        Response started = admin.post("/api/admin/projections/contests/rebuild", null);
        assertThat(started.status()).isEqualTo(202);
        // The operator's command line rebuilds the audit trail and waits for it.
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        OpsCli cli = operatorCli(output);
        assertThat(cli.run("rebuild", "audit")).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Rebuilt audit");
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.statuses().stream()
                .noneMatch(status -> status.replaying() || status.lag() > 0));

        List<ContestDocument> rebuilt = contestDetails();
        assertThat(rebuilt).containsExactlyInAnyOrderElementsOf(live);
        assertThat(audit.count(AuditFilter.ALL)).isEqualTo(liveAudit);
        assertThat(admin.post("/api/admin/projections/no-such/rebuild", null).status()).isEqualTo(404);
        output.reset();
        assertThat(cli.run("rebuild", "no-such")).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Refused (404)", "no-such");
        assertThat(cli.run("status")).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("contests", "running");
        assertThat(cli.run("rebuild")).isEqualTo(2);
    }

    @Test
    void allProjectionsRebuiltAtOnceEqualTheLiveOnes() {
        String contestId = createContest("全部重建测试赛");
        String teamId = registerTeam(contestId, "嘉兴市代表队");
        admin.post("/api/contests/" + contestId + "/teams/" + teamId + "/withdraw", null);
        String judge = "rebuild-judge-" + System.nanoTime() % 100000;
        admin.post("/api/users", Map.of("username", judge, "password", "judge-pw-1", "displayName", "冯敏",
                "role", "JUDGE"));
        Response forbidden = new ApiClient(port, judge, "judge-pw-1").post("/api/admin/projections/rebuild", null);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("error.api.forbidden");
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        List<ContestDocument> live = contestDetails();
        long liveAudit = audit.count(AuditFilter.ALL);
        // As a new embedded read store after a restart: only the replay can bring them back.
        mongo.dropCollection(ContestDocument.class);
        mongo.dropCollection(AuditEntry.class);
        assertThat(contests.contests()).isEmpty();

        Response started = admin.post("/api/admin/projections/rebuild", null);
        assertThat(started.status()).isEqualTo(202);
        assertThat(ApiClient.texts(started.body(), "name")).contains("audit", "contests", "scoring");
        await().atMost(Duration.ofSeconds(60)).until(() -> projections.statuses().stream()
                .allMatch(status -> status.running() && !status.replaying() && status.lag() == 0));

        List<ContestDocument> rebuilt = contestDetails();
        assertThat(rebuilt).containsExactlyInAnyOrderElementsOf(live);
        assertThat(audit.count(AuditFilter.ALL)).isEqualTo(liveAudit);

        // The operator's command line does the same and waits for every one of them.
        mongo.dropCollection(ContestDocument.class);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        OpsCli cli = operatorCli(output);
        assertThat(cli.run("rebuild", "--all")).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Rebuilt every projection");
        assertThat(projections.statuses()).allMatch(status -> !status.replaying() && status.lag() == 0);
        assertThat(contestDetails()).containsExactlyInAnyOrderElementsOf(live);
    }

    @Test
    void metricsAndHealthCoverCommandsEventsProcessorsAndBothStores() {
        String contestId = createContest("指标测试赛");
        registerTeam(contestId, "金华市代表队");
        admin.post("/api/contests/" + contestId + "/teams", ApiClient.team("金华市代表队", "金华市"));

        ApiClient scraper = new ApiClient(port, null, null);
        String metrics = scraper.get("/actuator/prometheus").text();
        assertThat(metrics)
                .contains("contest_commands_seconds_count{command=\"RegisterTeam\",outcome=\"ok\"}")
                .contains("contest_commands_seconds_count{command=\"RegisterTeam\",outcome=\"rejected\"}")
                .contains("contest_events_appended_total{type=\"TeamRegistered\"}")
                .contains("contest_eventprocessor_lag{processor=\"contests\"}");

        Response health = scraper.get("/actuator/health");
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(health.body().path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.body().path("components").path("readStore").path("status").asText()).isEqualTo("UP");
    }
}
