package org.workerscontest.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.storage.EventStoreConfiguration.EventStoreSchema;

/**
 * An online backup of the embedded event store while judges go on marking: H2's {@code BACKUP TO} writes a zip
 * of the database file as of one moment (its storage keeps every version a running transaction may read), with
 * every command either wholly in it or not at all. The read models are not backed up: they are rebuilt from
 * the events. A PostgreSQL event store is backed up with PostgreSQL's own tools (README, "Backup and restore").
 */
@Component
public class EventStoreBackup {

    private final JdbcTemplate jdbc;
    private final EventStoreSchema schema;

    public EventStoreBackup(JdbcTemplate jdbc, EventStoreSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    public void requireEmbedded() {
        if (!schema.databaseProduct().contains("h2")) {
            throw new DomainRuleViolation("error.backup.notEmbedded");
        }
    }

    /** Writes the backup zip to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        requireEmbedded();
        Path directory = Files.createTempDirectory("contest-backup");
        Path zip = directory.resolve("eventstore.zip");
        try {
            // The path is ours, made just now: no quote can be in it.
            jdbc.execute("BACKUP TO '" + zip.toAbsolutePath() + "'");
            Files.copy(zip, out);
        } finally {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(directory);
        }
    }
}
