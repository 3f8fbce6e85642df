package org.preau.directory;

import java.util.List;

import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.platform.PersonId;

/**
 * "Ma classe": a class with its teachers and pupils, and, for the staff who may see them,
 * each pupil's parents; {@code viewerTeaches} when the viewer is a teacher of the class.
 */
public record ClassPage(ClassRef classRef, List<Teacher> teachers, List<Pupil> pupils, boolean showsParents,
        boolean viewerTeaches) {

    /** A teacher of the class and what they teach there. */
    public record Teacher(PersonId id, String displayName, List<String> subjects) {
    }

    /** A pupil, with their parents when the viewer may see them. */
    public record Pupil(PersonId id, String displayName, List<String> parents) {
    }
}
