package org.workerscontest.honour.api;

/** Whom an honour is given to: a person (劳动模范), a team (工人先锋号) or a unit (五一劳动奖状). */
public enum RecipientKind {
    PERSON, TEAM, UNIT
}
