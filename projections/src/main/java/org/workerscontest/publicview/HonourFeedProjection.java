package org.workerscontest.publicview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import org.workerscontest.honour.HonourProjection;
import org.workerscontest.honour.HonourQueries;
import org.workerscontest.honour.NominationDocument;
import org.workerscontest.honour.RoundDocument;
import org.workerscontest.honour.api.HonourMessages.HonourRevoked;
import org.workerscontest.honour.api.HonourMessages.HonoursConferred;
import org.workerscontest.publicview.PublicFeedEntry.Type;

/**
 * Honours conferred and revoked in the open feed. It shares the honours processor, so the nominations
 * an entry names are in the read model when it is written, and a rebuild of honours rebuilds these entries.
 */
@Component
@ProcessingGroup(HonourProjection.PROCESSING_GROUP)
public class HonourFeedProjection {

    static final List<Type> TYPES = List.of(Type.HONOURS_CONFERRED, Type.HONOUR_REVOKED);

    private final PublicFeedWriter feed;
    private final HonourQueries honours;

    public HonourFeedProjection(PublicFeedWriter feed, HonourQueries honours) {
        this.feed = feed;
        this.honours = honours;
    }

    @EventHandler
    void on(HonoursConferred event, EventMessage<?> message) {
        honours.round(event.roundId()).ifPresent(round -> {
            Map<String, Object> data = about(round);
            data.put("conferredOn", event.conferredOn().toString());
            data.put("recipients", event.nominationIds().stream().map(honours::nomination)
                    .flatMap(Optional::stream).map(HonourFeedProjection::recipient).toList());
            feed.append(message, Type.HONOURS_CONFERRED, null, round.id(), data);
        });
    }

    @EventHandler
    void on(HonourRevoked event, EventMessage<?> message) {
        honours.round(event.roundId()).ifPresent(round -> honours.nomination(event.nominationId())
                .ifPresent(nomination -> {
                    Map<String, Object> data = about(round);
                    data.putAll(recipient(nomination));
                    data.put("reason", event.reason());
                    feed.append(message, Type.HONOUR_REVOKED, null, round.id(), data);
                }));
    }

    @ResetHandler
    void reset() {
        feed.removeAll(TYPES);
    }

    private static Map<String, Object> about(RoundDocument round) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roundId", round.id());
        data.put("honourCode", round.honourCode());
        data.put("honourName", round.honourName());
        data.put("level", round.level().name());
        data.put("year", round.year());
        return data;
    }

    private static Map<String, Object> recipient(NominationDocument nomination) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nominationId", nomination.id());
        fields.put("name", nomination.nominee().name());
        fields.put("employer", nomination.nominee().employer());
        return fields;
    }
}
