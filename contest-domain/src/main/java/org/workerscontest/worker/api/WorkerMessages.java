package org.workerscontest.worker.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands and events of a worker's record (职工档案): who a person is, where they work. Innovation
 * results name their authors by it; honours and contest prizes gather on it in the person's profile.
 * Two records of one person are merged only when an organizer confirms it.
 */
public final class WorkerMessages {

    private WorkerMessages() {
    }

    public static final int MAX_NAME = 30;
    public static final int MAX_UNIT = 100;
    public static final int MAX_REGION = 30;
    public static final int MAX_POSITION = 50;

    /** @param frontLine a front-line worker (一线职工), as honour quotas count them */
    public record RegisterWorker(@TargetAggregateIdentifier String workerId, String name, Gender gender, String unit,
                                 String region, String position, boolean frontLine) {
    }

    public record WorkerRegistered(String workerId, String name, Gender gender, String unit, String region,
                                   String position, boolean frontLine) {
    }

    /** An organizer confirmed this record and the survivor's are one person: this one joins the survivor's. */
    public record MergeWorker(@TargetAggregateIdentifier String workerId, String survivorId) {
    }

    /** An organizer confirmed two records with the same name are different people: not suggested again. */
    public record DeclareDistinct(@TargetAggregateIdentifier String workerId, String otherWorkerId) {
    }

    public record WorkerMerged(String workerId, String survivorId) {
    }

    public record WorkersDeclaredDistinct(String workerId, String otherWorkerId) {
    }
}
