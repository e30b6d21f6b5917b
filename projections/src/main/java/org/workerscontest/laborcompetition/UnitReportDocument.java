package org.workerscontest.laborcompetition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One unit's report for one period as it stands; {@code lastEventId} keeps a redelivery from counting twice. */
@Document("unit_reports")
public record UnitReportDocument(@Id String id, String campaignId, String unitId, String periodCode,
                                 Map<String, BigDecimal> values, String note, State state, String rejectReason,
                                 String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
                                 int corrections, String lastEventId) {

    public enum State {
        SUBMITTED, VERIFIED, REJECTED
    }

    public static String idOf(String campaignId, String unitId, String periodCode) {
        return campaignId + "/" + unitId + "/" + periodCode;
    }

    public UnitReportDocument {
        values = values == null ? Map.of() : values;
    }
}
