package org.workerscontest.innovation;

import org.springframework.stereotype.Component;
import org.workerscontest.worker.WorkerQueries;

/** Answers the innovation aggregates' questions from the read models. */
@Component
class ReadModelInnovationDirectory implements InnovationDirectory {

    private final WorkerQueries workers;
    private final InnovationQueries innovation;

    ReadModelInnovationDirectory(WorkerQueries workers, InnovationQueries innovation) {
        this.workers = workers;
        this.innovation = innovation;
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
}
