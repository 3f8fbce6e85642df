package org.preau.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.preau.access.Rights;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.directory.StructureType;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the diary, decided in this one place from the directory and the access
 * module's rights: a teacher writes for the classes and subjects they teach (in an école, the
 * class teacher writes in every primary subject); pupils read their classes' books, parents
 * their children's; whoever holds {@code diary.visa} in a structure (its head by default, an
 * inspector given the role) reads every book of that structure and signs visas there.
 * Anyone else sees nothing.
 */
@Component
class DiaryRules {

    /** How a person relates to a class's book. */
    enum Role {
        /** A teacher of the class. */
        TEACHER, PUPIL, PARENT,
        /** A holder of the visa right in the class's structure: the head, an inspector. */
        HEAD, NONE
    }

    /**
     * A person's access to a class's book: their role, the subjects they may write in (a
     * teacher) and, for a parent, their children in the class.
     */
    record ClassAccess(ClassRef schoolClass, Role role, List<String> subjects, List<PersonId> children) {

        public boolean primary() {
            return schoolClass.structure().type() == StructureType.ECOLE;
        }

        /** The pictogram of a subject. */
        public String icon(String subject) {
            return Subjects.icon(subject);
        }

        public boolean readsEverything() {
            return role == Role.TEACHER || role == Role.HEAD;
        }

        /** The subject as the teacher may write it, empty when they may not. */
        Optional<String> writable(String subject) {
            String wanted = Subjects.fold(subject);
            return subjects.stream().filter(s -> Subjects.fold(s).equals(wanted)).findFirst();
        }
    }

    private final Books books;
    private final Directory directory;
    private final Rights rights;

    DiaryRules(Books books, Directory directory, Rights rights) {
        this.books = books;
        this.directory = directory;
        this.rights = rights;
    }

    /**
     * The person's access to a class's or a teaching group's book; empty when they may not see
     * it (or it does not exist).
     */
    Optional<ClassAccess> access(PreauUser user, ClassId classId) {
        var mine = books.of(user.personId()).stream().filter(c -> c.id().equals(classId)).findFirst();
        if (mine.isPresent()) {
            ClassRef ref = mine.get();
            if (!ref.subjects().isEmpty()) {
                return Optional.of(new ClassAccess(ref, Role.TEACHER, ref.subjects(), List.of()));
            }
            if (user.hasRole("STUDENT")) {
                return Optional.of(new ClassAccess(ref, Role.PUPIL, List.of(), List.of()));
            }
        }
        if (user.hasRole("RELATIVE")) {
            var children = books.children(user.personId()).stream()
                    .filter(child -> child.classes().stream().anyMatch(c -> c.id().equals(classId))).toList();
            if (!children.isEmpty()) {
                ClassRef ref = children.getFirst().classes().stream().filter(c -> c.id().equals(classId)).findFirst()
                        .orElseThrow();
                return Optional.of(new ClassAccess(ref, Role.PARENT, List.of(),
                        children.stream().map(c -> c.id()).toList()));
            }
        }
        return books.book(classId).filter(ref -> isHead(user, ref.structure().id()))
                .map(ref -> new ClassAccess(ref, Role.HEAD, List.of(), List.of()));
    }

    /** Every class and teaching group the person teaches, with the subjects they may write in each. */
    List<ClassAccess> taught(PreauUser user) {
        if (!user.hasRole("TEACHER")) {
            return List.of();
        }
        List<ClassAccess> taught = new ArrayList<>();
        for (ClassRef ref : books.of(user.personId())) {
            if (!ref.subjects().isEmpty()) {
                taught.add(new ClassAccess(ref, Role.TEACHER, ref.subjects(), List.of()));
            }
        }
        return taught;
    }

    /** Whether the person signs books in the structure: they hold {@code diary.visa} there (the head, an inspector). */
    boolean isHead(PreauUser user, StructureId structure) {
        return rights.allowed(user, DiaryApplications.VISA, structure);
    }

    /** The structures whose books this person reads and signs: where they hold {@code diary.visa}. */
    List<StructureId> headOf(PreauUser user) {
        if (!rights.allowed(user, DiaryApplications.VISA)) {
            return List.of();
        }
        return directory.visibleStructures(user).stream().map(s -> s.id()).filter(s -> isHead(user, s)).toList();
    }

    /** Whether the person wrote the entry: only its author changes it. */
    boolean isAuthor(PreauUser user, PersonId author) {
        return user.personId().equals(author);
    }
}
