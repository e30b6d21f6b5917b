package org.workerscontest.publicview;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.contest.api.ContestMessages.CeremonyWinner;

/**
 * The award ceremony a contest's screens show, one per contest while it runs.
 *
 * @param winners in the order they are revealed: from the last prize winner up to the first
 */
@Document("ceremonies")
public record CeremonyDocument(@Id String contestId, String disciplineCode, String disciplineName,
                               List<CeremonyWinner> winners, int revealed) {

    CeremonyDocument withRevealed(int count) {
        return new CeremonyDocument(contestId, disciplineCode, disciplineName, winners, count);
    }
}
