package org.workerscontest.innovation.api;

/** Kinds of innovation results: the five smalls (五小), proposals, breakthroughs, renovations, patents, studio results. */
public enum ResultKind {
    SMALL_INVENTION, SMALL_CREATION, SMALL_INNOVATION, SMALL_DESIGN, SMALL_SUGGESTION,
    RATIONALIZATION_PROPOSAL, TECH_BREAKTHROUGH, TECH_RENOVATION, PATENT, STUDIO_RESULT
}
