package org.preau.feeding.source;

/** What a person read from a source is: pupil, teacher, relative (parent) or other staff. */
public enum SourceProfile {
    STUDENT, TEACHER, RELATIVE, PERSONNEL
}
