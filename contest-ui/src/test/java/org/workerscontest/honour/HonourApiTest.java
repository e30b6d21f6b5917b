package org.workerscontest.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.workerscontest.ApiClient;
import org.workerscontest.ApiClient.Response;
import org.workerscontest.ApiScenario;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.scoring.ScoringProjection;
import org.workerscontest.scoring.api.ScoringMessages.ResultsPublished;
import org.workerscontest.shared.CommandMetadata;

import com.fasterxml.jackson.databind.JsonNode;

/** Honour selection through the REST API, and the automatic nomination of provincial first prizes. */
class HonourApiTest extends ApiScenario {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProjectionAdmin projections;
    @Autowired
    EventStore eventStore;

    private String openRound(String honour, int year, int quota, Integer minFrontLine) {
        Map<String, Object> body = new HashMap<>(Map.of("honourCode", honour, "level", "PROVINCIAL",
                "year", year, "quota", quota));
        if (minFrontLine != null) {
            body.put("minFrontLinePercent", minFrontLine);
        }
        Response opened = admin.post("/api/honours/rounds", body);
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.body().path("id").asText();
    }

    private String nominate(String roundId, String name, boolean frontLine) {
        Response nominated = admin.post("/api/honours/rounds/" + roundId + "/nominations", Map.of(
                "nominee", Map.of("kind", "PERSON", "name", name, "gender", "FEMALE", "employer", "国网杭州供电公司",
                        "position", "运维班长", "frontLine", frontLine),
                "nominatedBy", "杭州市总工会", "merits", "带领班组攻克配网带电作业难题", "attachmentTitles", List.of("事迹材料")));
        assertThat(nominated.status()).as(nominated.text()).isEqualTo(201);
        return nominated.body().path("id").asText();
    }

    @Test
    void aRoundGoesFromNominationThroughAnObjectionToTheHonourRollAndARevocation() {
        String round = openRound("MODEL_WORKER", 2027, 2, 50);
        String chen = nominate(round, "陈丽" + suffix, true);
        String zhou = nominate(round, "周敏" + suffix, false);
        String wu = nominate(round, "吴静" + suffix, true);
        String path = "/api/honours/rounds/" + round;
        assertThat(admin.post(path + "/close", null).status()).isEqualTo(200);
        admin.post(path + "/nominations/" + chen + "/shortlist", null);
        admin.post(path + "/nominations/" + zhou + "/shortlist", null);
        Response full = admin.post(path + "/nominations/" + wu + "/shortlist", null);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.detail()).isEqualTo("名额为 2 个，已经用完，不能再将「吴静" + suffix + "」列入公示名单");
        admin.post(path + "/nominations/" + wu + "/reject", Map.of("reason", "名额已满"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(admin.post(path + "/notice", Map.of("startsOn", today.toString())).status()).isEqualTo(200);

        ApiClient anyone = new ApiClient(port, null, null);
        Response noContact = anyone.post("/api/public/honours/rounds/" + round + "/nominations/" + chen + "/objections",
                Map.of("text", "事迹有夸大", "contact", " "));
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(noContact.detail()).isEqualTo("联系方式不能为空");
        Response objection = anyone.post("/api/public/honours/rounds/" + round + "/nominations/" + chen + "/objections",
                Map.of("text", "事迹有夸大", "contact", "13900000000"));
        assertThat(objection.status()).as(objection.text()).isEqualTo(201);

        Response early = admin.post(path + "/confer", Map.of("conferredOn", today.plusDays(10).toString()));
        assertThat(early.detail()).isEqualTo("还有 1 条异议未处理，不能授予");
        Response running = admin.post(path + "/confer", Map.of("conferredOn", today.plusDays(2).toString()));
        assertThat(running.status()).isEqualTo(409);

        // Upholding the objection withdraws 陈丽, the only front-line nominee: 0 of 1 is below 50%.
        admin.post(path + "/objections/" + objection.body().path("id").asText() + "/resolve",
                Map.of("upheld", true, "reason", "经核实事迹有夸大"));
        Response share = admin.post(path + "/confer", Map.of("conferredOn", today.plusDays(10).toString()));
        assertThat(share.detail()).isEqualTo("拟授予的 1 人中一线职工只有 0 人，低于 50% 的要求");
        assertThat(anyone.get("/api/public/honours/roll?year=2027").text()).doesNotContain(suffix);
    }

    @Test
    void aConferredHonourIsOnThePublicRollWithAVerifiableCertificateUntilRevoked() throws Exception {
        String round = openRound("TECHNICAL_EXPERT", 2028, 3, null);
        String chen = nominate(round, "陈丽" + suffix, true);
        String path = "/api/honours/rounds/" + round;
        String certificate = "/api/honours/nominations/" + chen + "/certificate.pdf";
        ApiClient anyone = new ApiClient(port, null, null);
        admin.post(path + "/close", null);
        admin.post(path + "/nominations/" + chen + "/shortlist", null);
        Response early = admin.get(certificate);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.detail()).isEqualTo("「陈丽" + suffix + "」尚未被授予荣誉，不能出具证书");
        assertThat(anyone.get("/api/public/honours/certificates/" + chen).status())
                .as("no certificate exists before conferral").isEqualTo(404);
        LocalDate start = LocalDate.of(2028, 4, 20);
        admin.post(path + "/notice", Map.of("startsOn", start.toString()));
        Response conferred = admin.post(path + "/confer", Map.of("conferredOn", start.plusDays(5).toString()));
        assertThat(conferred.status()).as(conferred.text()).isEqualTo(200);

        JsonNode roll = anyone.get("/api/public/honours/roll?year=2028&honour=TECHNICAL_EXPERT").body();
        assertThat(ApiClient.texts(roll, "name")).contains("陈丽" + suffix);
        assertThat(roll.toString()).doesNotContain("带领班组", "13900000000");

        // The certificate's QR code leads to the verification page, which the public API mirrors.
        try (PDDocument pdf = Loader.loadPDF(admin.download(certificate))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("陈丽" + suffix + " · 2028年度省级技术能手");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            ImageIO.write(page, "png", Path.of("target", "certificate.png").toFile());
            assertThat(QrCodeImages.read(page)).isEqualTo("http://localhost:" + port + "/verify/" + chen);
        }
        JsonNode valid = anyone.get("/api/public/honours/certificates/" + chen).body();
        assertThat(valid.path("status").asText()).isEqualTo("VALID");
        assertThat(valid.path("name").asText()).isEqualTo("陈丽" + suffix);
        assertThat(valid.path("conferredOn").asText()).isEqualTo("2028-04-25");
        assertThat(valid.toString()).doesNotContain("带领班组");

        Response revoked = admin.post(path + "/nominations/" + chen + "/revoke", Map.of("reason", "违法违纪"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(ApiClient.texts(anyone.get("/api/public/honours/roll?year=2028").body(), "name"))
                .doesNotContain("陈丽" + suffix);
        assertThat(admin.get(path).body().path("nominations").get(0).path("stage").asText()).isEqualTo("REVOKED");
        JsonNode void_ = anyone.get("/api/public/honours/certificates/" + chen).body();
        assertThat(void_.path("status").asText()).isEqualTo("REVOKED");
        assertThat(void_.path("revocationReason").asText()).isEqualTo("违法违纪");
        Response afterRevocation = admin.get(certificate);
        assertThat(afterRevocation.status()).isEqualTo(409);
        assertThat(afterRevocation.detail()).isEqualTo("「陈丽" + suffix + "」的荣誉已撤销，不能出具证书");
        assertThat(anyone.get("/api/public/honours/certificates/no-such-id").detail()).isEqualTo("找不到证书 no-such-id");
        assertThat(anyone.get(certificate).status()).as("certificates are for organizers").isEqualTo(401);
    }

    @Test
    void aProvincialFirstPrizeIsNominatedForTheMayDayMedalOrWaitsAsPending() {
        // The contest of this scenario is provincial, in 2026.
        String round = openRound("MAY_DAY_MEDAL", 2026, 10, null);
        List<String> ids = threeMarkedCompetitors("劳模");
        ids.forEach(this::lock);
        publish();
        await().atMost(Duration.ofSeconds(15)).until(() -> ApiClient.texts(admin.get("/api/honours/rounds/" + round)
                .body().path("nominations"), "nominatedBy").size() > 0);
        JsonNode nomination = admin.get("/api/honours/rounds/" + round).body().path("nominations").get(0);
        assertThat(nomination.path("nominee").path("name").asText()).isEqualTo("劳模乙" + suffix);
        assertThat(nomination.path("merits").asText()).contains("评分测试赛", "电工", "一等奖");
        // Nominated by the system, for its own request, and traced to the publication that caused it.
        MetaData publication = eventStore.openStream(null).asStream()
                .filter(event -> event.getPayload() instanceof ResultsPublished published
                        && published.contestId().equals(contestId))
                .map(EventMessage::getMetaData).findFirst().orElseThrow();
        MetaData nominated = eventStore.readEvents(round).asStream().reduce((first, second) -> second).orElseThrow()
                .getMetaData();
        assertThat(nominated).containsEntry(CommandMetadata.USER, CommandMetadata.SYSTEM_USER)
                .containsEntry(CommandMetadata.ROLE, "SYSTEM")
                .containsEntry("traceId", publication.get("traceId"));
        assertThat(nominated.get(CommandMetadata.REQUEST_ID).toString()).startsWith("auto-nomination:");

        // Without an open round of the contest's year, the winner waits as pending.
        String later = admin.post("/api/contests", Map.of("name", "2031年省赛" + suffix, "level", "PROVINCIAL",
                "organizer", "浙江省总工会", "startDate", "2031-09-15", "endDate", "2031-09-18")).body().path("id").asText();
        contestId = later;
        hangzhou = admin.post(path("/teams"), ApiClient.team("杭州市代表队", "杭州市")).body().path("id").asText();
        ningbo = admin.post(path("/teams"), ApiClient.team("宁波市代表队", "宁波市")).body().path("id").asText();
        List<String> laterIds = threeMarkedCompetitors("待定");
        laterIds.forEach(this::lock);
        publish();
        await().atMost(Duration.ofSeconds(15)).until(() -> ApiClient.texts(admin.get("/api/honours/pending").body(),
                "name").contains("待定乙" + suffix));

        // A new read store (the embedded one after a restart) replays the publications: the pending winner is
        // listed again and nobody is nominated a second time.
        mongo.dropCollection(PendingNominationDocument.class);
        projections.rebuild(ScoringProjection.PROCESSING_GROUP);
        assertThat(projections.awaitCaughtUp(Duration.ofMinutes(1))).isTrue();
        assertThat(ApiClient.texts(admin.get("/api/honours/pending").body(), "name")).contains("待定乙" + suffix)
                .doesNotContain("劳模乙" + suffix);
        assertThat(admin.get("/api/honours/rounds/" + round).body().path("nominations")).hasSize(1);
    }
}
