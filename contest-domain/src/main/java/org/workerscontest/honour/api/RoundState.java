package org.workerscontest.honour.api;

/** A selection round's stages, in order. */
public enum RoundState {
    OPEN, REVIEWING, PUBLIC_NOTICE, CONCLUDED
}
