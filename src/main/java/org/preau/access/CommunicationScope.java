package org.preau.access;

/** Where a communication template applies: within a family, a class or a structure. */
public enum CommunicationScope {
    /** Between a pupil and their parents, and between the parents of a same child. */
    FAMILY,
    /** Between people of the same class (the parents of a class are the parents of its pupils). */
    CLASS,
    /** Between people of the same structure. */
    STRUCTURE
}
