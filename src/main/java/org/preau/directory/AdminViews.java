package org.preau.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryViews.PersonCard;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;

/** What the admin console shows of the directory. */
public final class AdminViews {

    private AdminViews() {
    }

    /** Filters of the people list; nulls mean "any". */
    public record PeopleFilter(@Nullable Profile profile, @Nullable ClassId classId, @Nullable String state,
            @Nullable String query) {
    }

    /** A line of the people list. */
    public record PersonLine(PersonId id, String displayName, List<Profile> profiles, List<String> classes,
            String state, String source) {
    }

    /** One page of people, and whether there are more. */
    public record PeoplePage(List<PersonLine> people, int page, boolean hasMore, long total) {
    }

    /** A class of a structure with its number of pupils. */
    public record ClassLine(ClassId id, String name, @Nullable String level, long pupils, long teachers) {
    }

    /** Everything the admin sees of a person. */
    public record PersonDetail(PersonCard card, String state, String source, @Nullable String externalId,
            @Nullable LocalDate birthDate, @Nullable String email, @Nullable Instant detachedAt,
            @Nullable Instant deleteAfter, List<String> parents, @Nullable String blockedReason) {
    }

    /** Someone a class's activation letters go to: a pupil, or a parent of that pupil. */
    public record LetterRecipient(PersonId id, String displayName, Profile profile, String pupilName) {
    }

    /** One side of a possible duplicate: a record and where it comes from. */
    public record DuplicateSide(PersonId id, String displayName, String source, @Nullable String externalId) {
    }

    /** Two records that may be the same person. */
    public record Duplicate(DuplicateSide first, DuplicateSide second, @Nullable LocalDate birthDate) {
    }

    /** A manual group of a structure. */
    public record GroupLine(java.util.UUID id, String name, long members) {
    }

    /** A member of a group. */
    public record Member(PersonId id, String displayName) {
    }

    /** A manual group with its members. */
    public record GroupDetail(java.util.UUID id, String name, org.preau.directory.DirectoryViews.StructureRef structure,
            List<Member> members) {
    }

    /** A person pending deletion after leaving the register. */
    public record PendingDeletion(PersonId id, String displayName, String state, Instant detachedAt,
            Instant deleteAfter) {
    }
}
