package org.workerscontest.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.workerscontest.scoring.api.Prize;

/** Rule 8, the medal table: first prizes desc, then second, then third, then the sum of totals desc. */
public final class Standings {

    private Standings() {
    }

    /** One competitor's published result, as it counts for their team. */
    public record Entry(String teamId, Prize prize, BigDecimal total) {
    }

    public record TeamStanding(int rank, String teamId, int first, int second, int third, BigDecimal totalSum) {
    }

    private record Tally(String teamId, int first, int second, int third, BigDecimal totalSum) {
    }

    private static final Comparator<Tally> ORDER = Comparator.comparingInt(Tally::first).reversed()
            .thenComparing(Comparator.comparingInt(Tally::second).reversed())
            .thenComparing(Comparator.comparingInt(Tally::third).reversed())
            .thenComparing(Tally::totalSum, Comparator.reverseOrder());

    /** @param teamIds every team to list, also those without results (they rank last) */
    public static List<TeamStanding> of(List<String> teamIds, List<Entry> entries) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        teamIds.forEach(teamId -> tallies.put(teamId, new Tally(teamId, 0, 0, 0, BigDecimal.ZERO)));
        for (Entry entry : entries) {
            Tally tally = tallies.getOrDefault(entry.teamId(), new Tally(entry.teamId(), 0, 0, 0, BigDecimal.ZERO));
            tallies.put(entry.teamId(), new Tally(entry.teamId(),
                    tally.first() + (entry.prize() == Prize.FIRST ? 1 : 0),
                    tally.second() + (entry.prize() == Prize.SECOND ? 1 : 0),
                    tally.third() + (entry.prize() == Prize.THIRD ? 1 : 0),
                    tally.totalSum().add(entry.total())));
        }
        List<Tally> sorted = new ArrayList<>(tallies.values());
        sorted.sort(ORDER);
        List<TeamStanding> standings = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Tally tally = sorted.get(i);
            boolean tied = i > 0 && ORDER.compare(sorted.get(i - 1), tally) == 0;
            int rank = tied ? standings.get(i - 1).rank() : i + 1;
            standings.add(new TeamStanding(rank, tally.teamId(), tally.first(), tally.second(), tally.third(),
                    ScoringRules.round(tally.totalSum())));
        }
        return standings;
    }
}
