package org.workerscontest.contest.api;

/** 赛事级别. */
public enum ContestLevel {
    NATIONAL, PROVINCIAL, CITY, COUNTY, ENTERPRISE
}
