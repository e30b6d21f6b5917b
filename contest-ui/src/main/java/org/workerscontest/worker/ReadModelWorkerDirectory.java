package org.workerscontest.worker;

import org.springframework.stereotype.Component;

/** Answers the worker aggregate's question from the read model, which every command waits for. */
@Component
class ReadModelWorkerDirectory implements WorkerDirectory {

    private final WorkerQueries workers;

    ReadModelWorkerDirectory(WorkerQueries workers) {
        this.workers = workers;
    }

    @Override
    public boolean isListed(String workerId) {
        return workers.worker(workerId).filter(worker -> worker.mergedInto() == null).isPresent();
    }
}
