package org.preau.access;

/**
 * Whether a template allows, where that comes from (the territory's default, the
 * structure's or the class's override) and whether the territory locked it.
 */
public record CommunicationDecision(boolean allowed, Level level, boolean locked) {

    /** Where a decision is written. */
    public enum Level {
        TERRITORY, STRUCTURE, CLASS
    }
}
