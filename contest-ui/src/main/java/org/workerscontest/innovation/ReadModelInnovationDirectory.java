package org.workerscontest.innovation;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.storage.EventStoreConfiguration.EventStoreSchema;
import org.workerscontest.worker.WorkerQueries;

/**
 * Answers the innovation aggregates' questions from the read models; patent numbers are also held in the event
 * store's table of claims, in the command's transaction.
 */
@Component
class ReadModelInnovationDirectory implements InnovationDirectory {

    private final WorkerQueries workers;
    private final InnovationQueries innovation;
    private final JdbcTemplate eventStore;
    /** PostgreSQL ends a transaction at a failed statement: there the insert must not fail on the key. */
    private final boolean postgres;

    ReadModelInnovationDirectory(WorkerQueries workers, InnovationQueries innovation, JdbcTemplate eventStore,
                                 EventStoreSchema schema) {
        this.workers = workers;
        this.innovation = innovation;
        this.eventStore = eventStore;
        this.postgres = schema.databaseProduct().contains("postgres");
    }

    @Override
    public boolean workerExists(String workerId) {
        return workers.worker(workerId).isPresent();
    }

    @Override
    public boolean studioExists(String studioId) {
        return innovation.studio(studioId).isPresent();
    }

    @Override
    public boolean patentNumberTaken(String patentNumber, String resultId) {
        return innovation.patentNumberTaken(patentNumber, resultId);
    }

    /**
     * The read models answer for the numbers recorded before the table existed; the table's unique key for two
     * commands at once: the second waits for the first's commit, then finds the number taken.
     */
    @Override
    public boolean claimPatentNumber(String patentNumber, String resultId) {
        if (patentNumber == null) {
            eventStore.update("DELETE FROM PatentNumberClaims WHERE result_id = ?", resultId);
            return true;
        }
        if (patentNumberTaken(patentNumber, resultId)) {
            return false;
        }
        eventStore.update("DELETE FROM PatentNumberClaims WHERE result_id = ? AND patent_number <> ?", resultId,
                patentNumber);
        List<String> holders = eventStore.queryForList(
                "SELECT result_id FROM PatentNumberClaims WHERE patent_number = ?", String.class, patentNumber);
        if (!holders.isEmpty()) {
            return holders.contains(resultId);
        }
        if (postgres) {
            return eventStore.update("INSERT INTO PatentNumberClaims (patent_number, result_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING", patentNumber, resultId) == 1;
        }
        try {
            eventStore.update("INSERT INTO PatentNumberClaims (patent_number, result_id) VALUES (?, ?)", patentNumber,
                    resultId);
            return true;
        } catch (DuplicateKeyException recordedMeanwhile) {
            return false;
        }
    }
}
