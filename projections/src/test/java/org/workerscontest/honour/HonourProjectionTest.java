package org.workerscontest.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.workerscontest.honour.api.HonourMessages.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.honour.api.RoundState;
import org.workerscontest.publicview.HonourFeedProjection;
import org.workerscontest.publicview.PublicChanges;
import org.workerscontest.publicview.PublicFeedEntry;
import org.workerscontest.publicview.PublicFeedEntry.Type;
import org.workerscontest.publicview.PublicFeedQueries;
import org.workerscontest.publicview.PublicFeedWriter;
import org.workerscontest.readmodel.ProjectionHarness;
import org.workerscontest.worker.api.Gender;

class HonourProjectionTest {

    static final LocalDate NOTICE = LocalDate.of(2026, 4, 20);

    private final ProjectionHarness harness = new ProjectionHarness();
    private final HonourProjection projection = new HonourProjection(harness.mongo());
    private final HonourQueries queries = new HonourQueries(harness.mongo());

    private final PublicChanges changes = new PublicChanges();
    private final PublicFeedQueries feed = new PublicFeedQueries(harness.mongo());
    private final List<Object> withFeed = List.of(projection,
            new HonourFeedProjection(new PublicFeedWriter(harness.mongo(), changes), queries));

    @AfterEach
    void close() {
        changes.destroy();
        harness.close();
    }

    static Nominated nominated(String id, String name) {
        return new Nominated("r1", id, new Nominee(RecipientKind.PERSON, name, Gender.MALE, "省海港集团", "桥吊司机", true,
                null), "省总工会", "事迹", List.of("事迹材料"));
    }

    @Test
    void aRoundFromNominationToTheHonourRollWithAnObjectionAndARevocation() {
        harness.publish(projection,
                new HonourDefined(MAY_DAY_MEDAL, "五一劳动奖章", RecipientKind.PERSON,
                        List.of(ContestLevel.NATIONAL, ContestLevel.PROVINCIAL)),
                new RoundOpened("r1", MAY_DAY_MEDAL, "五一劳动奖章", RecipientKind.PERSON, ContestLevel.PROVINCIAL, 2026, 3,
                        5, null, "浙江省总工会"));
        assertThat(queries.openRound(MAY_DAY_MEDAL, ContestLevel.PROVINCIAL, 2026)).isPresent();
        assertThat(queries.openRound(MAY_DAY_MEDAL, ContestLevel.PROVINCIAL, 2025)).isEmpty();

        harness.publish(projection, nominated("n1", "王海涛"), nominated("n2", "李建华"), nominated("n3", "张晓东"),
                new NominationsClosed("r1"), new Shortlisted("r1", "n1"), new Shortlisted("r1", "n2"),
                new NominationRejected("r1", "n3", "事迹材料不实"),
                new PublicNoticeStarted("r1", NOTICE, NOTICE.plusDays(4)),
                new ObjectionFiled("r1", "o1", "n2", null, "13800000000", "材料造假", NOTICE),
                new ObjectionUpheld("r1", "o1", "n2", "属实"), new NominationWithdrawn("r1", "n2", "属实"));
        assertThat(queries.openRound(MAY_DAY_MEDAL, ContestLevel.PROVINCIAL, 2026)).isEmpty();
        assertThat(queries.round("r1").orElseThrow().state()).isEqualTo(RoundState.PUBLIC_NOTICE);
        assertThat(queries.nomination("n2").orElseThrow().objections()).singleElement()
                .extracting(NominationDocument.Objection::state, NominationDocument.Objection::reason)
                .containsExactly("UPHELD", "属实");

        harness.publish(projection, new HonoursConferred("r1", List.of("n1"), NOTICE.plusDays(6)));
        assertThat(queries.honourRoll(2026, null, null)).extracting(nomination -> nomination.nominee().name(),
                NominationDocument::honourName, NominationDocument::conferredOn)
                .containsExactly(tuple("王海涛", "五一劳动奖章", NOTICE.plusDays(6)));
        assertThat(queries.nominations("r1")).extracting(NominationDocument::id, NominationDocument::stage)
                .containsExactlyInAnyOrder(tuple("n1", Stage.CONFERRED), tuple("n2", Stage.WITHDRAWN),
                        tuple("n3", Stage.REJECTED));

        harness.publish(projection, new HonourRevoked("r1", "n1", "违法违纪"));
        assertThat(queries.honourRoll(null, ContestLevel.PROVINCIAL, MAY_DAY_MEDAL)).isEmpty();
        assertThat(queries.nomination("n1").orElseThrow())
                .extracting(NominationDocument::stage, NominationDocument::reason)
                .containsExactly(Stage.REVOKED, "违法违纪");
    }

    @Test
    void conferralAndRevocationAreEntriesOfTheOpenFeedOnceEach() {
        harness.mongo().insert(new PublicFeedEntry(1, "scoring-event", Type.DISCIPLINE_PUBLISHED,
                Instant.parse("2026-04-01T08:00:00Z"), "c1", Map.of("disciplineCode", "ELEC")));
        harness.publishToAll(withFeed,
                new RoundOpened("r1", MAY_DAY_MEDAL, "五一劳动奖章", RecipientKind.PERSON, ContestLevel.PROVINCIAL, 2026, 3,
                        5, null, "浙江省总工会"),
                nominated("n1", "王海涛"), nominated("n2", "李建华"), new NominationsClosed("r1"),
                new Shortlisted("r1", "n1"), new Shortlisted("r1", "n2"),
                new PublicNoticeStarted("r1", NOTICE, NOTICE.plusDays(4)));
        assertThat(feed.after(1, 10)).as("nothing is public before conferral").isEmpty();

        List<TrackedEventMessage<?>> conferral = harness.publishToAll(withFeed,
                new HonoursConferred("r1", List.of("n1", "n2"), NOTICE.plusDays(6)),
                new HonourRevoked("r1", "n2", "违法违纪"));
        harness.redeliver(withFeed, conferral.get(0));

        List<PublicFeedEntry> entries = feed.after(1, 10);
        assertThat(entries).as("each entry's id is its event's position in the event store")
                .extracting(PublicFeedEntry::id, PublicFeedEntry::type)
                .containsExactly(tuple(position(conferral.get(0)), Type.HONOURS_CONFERRED),
                        tuple(position(conferral.get(1)), Type.HONOUR_REVOKED));
        assertThat(entries.get(0).data()).containsEntry("honourName", "五一劳动奖章").containsEntry("year", 2026)
                .containsEntry("conferredOn", "2026-04-26");
        List<String> recipients = ((List<?>) entries.get(0).data().get("recipients")).stream()
                .map(recipient -> (String) ((Map<?, ?>) recipient).get("name")).toList();
        assertThat(recipients).containsExactly("王海涛", "李建华");
        assertThat(entries.get(1).data()).containsEntry("name", "李建华").containsEntry("reason", "违法违纪");

        harness.reset(withFeed.get(1));
        assertThat(feed.after(0, 10)).as("a rebuild of honours leaves the contest entries")
                .extracting(PublicFeedEntry::type).containsExactly(Type.DISCIPLINE_PUBLISHED);
    }

    private static long position(TrackedEventMessage<?> message) {
        return message.trackingToken().position().orElseThrow();
    }
}
