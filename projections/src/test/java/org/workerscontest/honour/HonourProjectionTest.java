package org.workerscontest.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.workerscontest.honour.api.HonourMessages.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.honour.api.RoundState;
import org.workerscontest.readmodel.ProjectionHarness;
import org.workerscontest.worker.api.Gender;

class HonourProjectionTest {

    static final LocalDate NOTICE = LocalDate.of(2026, 4, 20);

    private final ProjectionHarness harness = new ProjectionHarness();
    private final HonourProjection projection = new HonourProjection(harness.mongo());
    private final HonourQueries queries = new HonourQueries(harness.mongo());

    @AfterEach
    void close() {
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
                        5, null));
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
}
