package org.workerscontest.honour;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.honour.api.RoundState;

@Document("selection_rounds")
public record RoundDocument(@Id String id, String honourCode, String honourName, RecipientKind recipientKind,
                            ContestLevel level, int year, int quota, int noticeDays, Integer minFrontLinePercent,
                            String conferringBody, RoundState state, LocalDate noticeStarts, LocalDate noticeEnds, LocalDate conferredOn,
                            Instant openedAt) {
}
