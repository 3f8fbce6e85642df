package org.preau.directory;

/** The kind of school a structure is. */
public enum StructureType {
    ECOLE, COLLEGE, LYCEE, OTHER
}
