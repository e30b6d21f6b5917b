package org.workerscontest.contest.api;

/** A team is delegated by a region (市州) or by an industry (产业/行业). */
public enum TeamKind {
    REGION, INDUSTRY
}
