package org.preau.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;

/** Read models of the diary's pages. */
final class Entries {

    private Entries() {
    }

    /** A visa as an entry shows it. */
    record VisaMark(Instant signedAt, PersonId signer, String comment) {
    }

    /** An attached file. */
    record Attachment(UUID id, String filename, String contentType, long size) {
    }

    /** A session (séance); {@code neutralized}: hidden by moderation, shown to its author only. */
    record Session(UUID id, StructureId structure, ClassId classId, String subject, PersonId author, LocalDate date,
            String title, String content, Instant publishAt, @Nullable VisaMark visa, List<String> links,
            List<Attachment> attachments, boolean neutralized) {

        Session withExtras(List<String> links, List<Attachment> attachments) {
            return new Session(id, structure, classId, subject, author, date, title, content, publishAt, visa, links,
                    attachments, neutralized);
        }

        public String icon() {
            return Subjects.icon(subject);
        }

        /** A link as people read it (not %-encoded). */
        public String display(String url) {
            return RichText.display(url);
        }
    }

    /**
     * Homework; {@code done} is the pupil's own tick (false for everyone else); {@code neutralized}:
     * hidden by moderation, shown to its author only.
     */
    record Homework(UUID id, StructureId structure, ClassId classId, String subject, PersonId author, LocalDate due,
            String title, String instructions, @Nullable Integer minutes, boolean handIn, Instant publishAt,
            @Nullable VisaMark visa, boolean done, List<String> links, List<Attachment> attachments,
            boolean neutralized) {

        Homework withExtras(List<String> links, List<Attachment> attachments) {
            return new Homework(id, structure, classId, subject, author, due, title, instructions, minutes, handIn,
                    publishAt, visa, done, links, attachments, neutralized);
        }

        public String icon() {
            return Subjects.icon(subject);
        }

        /** A link as people read it (not %-encoded). */
        public String display(String url) {
            return RichText.display(url);
        }
    }

    /** A line of a pupil's homework list (the fast query). */
    record HomeworkLine(UUID id, ClassId classId, String subject, LocalDate due, String title, String instructions,
            @Nullable Integer minutes, boolean handIn, boolean done) {

        public String icon() {
            return Subjects.icon(subject);
        }
    }
}
