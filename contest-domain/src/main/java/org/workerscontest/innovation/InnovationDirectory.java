package org.workerscontest.innovation;

/**
 * What results and studios need to know of the rest: that named workers and studios exist, and whether
 * a patent number is already recorded. Answered from the read models, which every command waits for.
 */
public interface InnovationDirectory {

    boolean workerExists(String workerId);

    boolean studioExists(String studioId);

    /** Whether another result than {@code resultId} holds this patent number. */
    boolean patentNumberTaken(String patentNumber, String resultId);
}
