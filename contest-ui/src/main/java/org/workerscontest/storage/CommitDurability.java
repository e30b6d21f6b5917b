package org.workerscontest.storage;

import java.util.LinkedHashSet;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a committed command survives, read from the database's own settings at start. A command is answered
 * only after its transaction commits, so what the commit guarantees is what the answer guarantees.
 *
 * <p>H2 writes a commit to its file only after {@code WRITE_DELAY} (500 ms by default): a process killed
 * within that time lost answered marks. So on H2 the application's transactions return only once H2 has written
 * the commit to its file ({@link WrittenOutTransactions}), which a killed process cannot undo; H2 does not force
 * it to the disk, so a power loss can still take the operating system's last unwritten seconds. PostgreSQL with
 * {@code fsync} and {@code synchronous_commit} on (its defaults) flushes the commit to its write-ahead log
 * first, and keeps it through a power loss too.
 *
 * @param survivesProcessKill a killed application loses no answered command
 * @param survivesPowerLoss a machine that loses power loses no answered command
 * @param settings the settings this was read from, for the start-up log
 */
public record CommitDurability(boolean survivesProcessKill, boolean survivesPowerLoss, String settings) {

    private static final Logger log = LoggerFactory.getLogger(CommitDurability.class);

    static CommitDurability ensure(DataSource dataSource, boolean postgres) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        CommitDurability durability = postgres ? postgres(jdbc) : h2(jdbc);
        if (!durability.survivesProcessKill() || (postgres && !durability.survivesPowerLoss())) {
            log.warn("The event store may lose answered commands after a crash ({}): see README, Durability",
                    durability.settings());
        }
        return durability;
    }

    /** Every transaction waits for H2 to write it out (WrittenOutTransactions), whatever its WRITE_DELAY. */
    private static CommitDurability h2(JdbcTemplate jdbc) {
        // H2 lists the setting twice: as the database keeps it and as it is in force.
        List<String> writeDelay = jdbc.queryForList(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'", String.class);
        return new CommitDurability(true, false, "H2, each commit written to the file before the answer (WRITE_DELAY="
                + String.join("/", new LinkedHashSet<>(writeDelay)) + ")");
    }

    /** These are the server's settings; the application only reads them. */
    private static CommitDurability postgres(JdbcTemplate jdbc) {
        String fsync = jdbc.queryForObject("SHOW fsync", String.class);
        String synchronousCommit = jdbc.queryForObject("SHOW synchronous_commit", String.class);
        boolean flushed = "on".equals(fsync) && !"off".equals(synchronousCommit);
        // The application's process holds nothing of a commit: once PostgreSQL said yes, the commit is the server's.
        return new CommitDurability(true, flushed,
                "PostgreSQL fsync=" + fsync + ", synchronous_commit=" + synchronousCommit);
    }

    public String summary() {
        return settings + (survivesPowerLoss ? ": answered commands survive a process kill and a power loss"
                : survivesProcessKill ? ": answered commands survive a process kill, not a power loss"
                : ": answered commands may be lost by a process kill");
    }
}
