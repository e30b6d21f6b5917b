package org.workerscontest.laborcompetition.api;

/** Whether a larger value of an indicator is better (output, savings) or worse (accidents, energy used). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
