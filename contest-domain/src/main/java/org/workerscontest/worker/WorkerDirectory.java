package org.workerscontest.worker;

/** Whether a record exists and was not merged into another: the only kind a record may merge into. */
public interface WorkerDirectory {

    boolean isListed(String workerId);
}
