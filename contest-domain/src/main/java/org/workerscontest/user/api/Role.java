package org.workerscontest.user.api;

/** What a signed-in user may do. Public pages need no role. */
public enum Role {
    ADMIN, ORGANIZER, CHIEF_JUDGE, JUDGE, UNIT_REPORTER
}
