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

    /**
     * Makes the result the holder of the patent number (null: of none), letting go of any other it held; false
     * when another result holds it. Part of the command's transaction, so that of two results recorded at once,
     * on one node or two, only one takes the number.
     */
    default boolean claimPatentNumber(String patentNumber, String resultId) {
        return patentNumber == null || !patentNumberTaken(patentNumber, resultId);
    }
}
