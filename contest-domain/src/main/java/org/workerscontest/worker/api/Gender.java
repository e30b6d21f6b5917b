package org.workerscontest.worker.api;

public enum Gender {
    MALE, FEMALE
}
