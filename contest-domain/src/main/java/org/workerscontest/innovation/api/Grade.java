package org.workerscontest.innovation.api;

/** An evaluation panel's grade. */
public enum Grade {
    FIRST, SECOND, THIRD, EXCELLENT, NOT_GRADED
}
