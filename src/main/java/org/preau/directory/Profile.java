package org.preau.directory;

/** What a person is in a structure. */
public enum Profile {
    STUDENT, TEACHER, RELATIVE, PERSONNEL, GUEST
}
