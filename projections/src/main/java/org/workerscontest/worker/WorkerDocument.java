package org.workerscontest.worker;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.workerscontest.worker.api.Gender;

/** @param mergedInto the record this one was merged into, followed to the end (null: listed) */
@Document("workers")
public record WorkerDocument(@Id String id, String name, Gender gender, String unit, String region, String position,
                             boolean frontLine, Instant registeredAt, String mergedInto) {
}
