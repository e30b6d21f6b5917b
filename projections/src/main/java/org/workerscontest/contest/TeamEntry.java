package org.workerscontest.contest;

import java.time.Instant;

import org.workerscontest.contest.api.TeamKind;

/** A team as the contest's pages show it. Withdrawn teams stay listed, marked. */
public record TeamEntry(String teamId, String name, TeamKind kind, String area, String leader, String phone,
                        Instant registeredAt, boolean withdrawn, String withdrawReason) {

    TeamEntry renamed(String newName) {
        return new TeamEntry(teamId, newName, kind, area, leader, phone, registeredAt, withdrawn, withdrawReason);
    }

    TeamEntry withContact(String newLeader, String newPhone) {
        return new TeamEntry(teamId, name, kind, area, newLeader, newPhone, registeredAt, withdrawn, withdrawReason);
    }

    TeamEntry withdrawnFor(String reason) {
        return new TeamEntry(teamId, name, kind, area, leader, phone, registeredAt, true, reason);
    }
}
