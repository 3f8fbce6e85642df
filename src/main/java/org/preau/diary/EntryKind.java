package org.preau.diary;

import java.beans.PropertyEditorSupport;

import org.preau.diary.ExtrasRepository.Owner;

/** The two kinds of entries of a class's book, as their URLs name them ({@code /diary/sessions/…}). */
enum EntryKind {
    SESSION("sessions", Owner.SESSION), HOMEWORK("homework", Owner.HOMEWORK);

    private final String path;
    private final Owner owner;

    EntryKind(String path, Owner owner) {
        this.path = path;
        this.owner = owner;
    }

    String path() {
        return path;
    }

    Owner owner() {
        return owner;
    }

    /** Reads a {@code kind} path variable once, at the web edge. */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text.equals(SESSION.path) ? SESSION : HOMEWORK);
        }
    }
}
