package org.preau.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.diary.DiaryRules.ClassAccess;
import org.preau.diary.DiaryRules.Role;
import org.preau.diary.Entries.Homework;
import org.preau.diary.Entries.HomeworkLine;
import org.preau.diary.Entries.Session;
import org.preau.diary.ExtrasRepository.Owner;
import org.preau.diary.ExtrasRepository.StoredFile;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.ChildRef;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.directory.StructureType;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the diary: a pupil's homework (theirs, or a parent's child's), a class's book, one
 * entry, an attachment. Pupils and parents see only what is published; a person who may not
 * see a book gets nothing, as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
class DiaryBook {

    /** Whose homework a page shows: a pupil, with their classes; for a parent, the children to switch between. */
    record PupilBook(PersonId pupil, String pupilName, List<ClassRef> classes, List<HomeworkLine> homework,
            List<ChildRef> children, boolean parent) {

        public boolean primary() {
            return !classes.isEmpty() && classes.stream().allMatch(c -> c.structure().type() == StructureType.ECOLE);
        }

        public String className(ClassId id) {
            return classes.stream().filter(c -> c.id().equals(id)).map(ClassRef::name).findFirst().orElse("");
        }
    }

    /** A class's book between two dates, with the names of the authors and signers. */
    record ClassBook(ClassAccess access, List<Session> sessions, List<Homework> homework, Map<PersonId, String> names) {
    }

    private final DiaryRules rules;
    private final Books books;
    private final Directory directory;
    private final DiarySessionRepository sessions;
    private final HomeworkRepository homework;
    private final ExtrasRepository extras;
    private final Clock clock;

    DiaryBook(DiaryRules rules, Books books, Directory directory, DiarySessionRepository sessions, HomeworkRepository homework,
            ExtrasRepository extras, Clock clock) {
        this.rules = rules;
        this.books = books;
        this.directory = directory;
        this.sessions = sessions;
        this.homework = homework;
        this.extras = extras;
        this.clock = clock;
    }

    /**
     * The homework of the pupil, or of the parent's child ({@code child}; the first child when
     * none is given); empty for anyone else or another family's child.
     */
    Optional<PupilBook> pupilHomework(PreauUser user, @Nullable PersonId child, LocalDate from, LocalDate to,
            int offset, int limit) {
        if (user.hasRole("STUDENT") && (child == null || child.equals(user.personId()))) {
            List<ClassRef> classes = books.of(user.personId()).stream()
                    .filter(c -> c.subjects().isEmpty()).toList();
            return Optional.of(new PupilBook(user.personId(), user.displayName(), classes,
                    lines(user.personId(), classes, from, to, offset, limit), List.of(), false));
        }
        if (!user.hasRole("RELATIVE")) {
            return Optional.empty();
        }
        List<ChildRef> children = books.children(user.personId());
        return children.stream().filter(c -> child == null || c.id().equals(child)).findFirst()
                .map(c -> new PupilBook(c.id(), c.displayName(), c.classes(),
                        // the ticks are the pupil's own: joined on the parent, who has none
                        lines(user.personId(), c.classes(), from, to, offset, limit), children, true));
    }

    /** A parent's children with the classes whose book they read (none for a pupil, who reads their own). */
    List<ChildRef> children(PreauUser user) {
        return !user.hasRole("STUDENT") && user.hasRole("RELATIVE") ? books.children(user.personId()) : List.of();
    }

    /**
     * The homework of each of a parent's children between two dates (at most {@code limit} each), in
     * one query whatever their number: a child's lines are those of the child's classes.
     */
    Map<PersonId, List<HomeworkLine>> childrenHomework(PreauUser user, List<ChildRef> children, LocalDate from,
            LocalDate to, int limit) {
        List<ClassRef> classes = children.stream().flatMap(c -> c.classes().stream()).distinct().toList();
        List<HomeworkLine> all = lines(user.personId(), classes, from, to, 0, limit * Math.max(1, children.size()));
        Map<PersonId, List<HomeworkLine>> byChild = new java.util.LinkedHashMap<>();
        for (ChildRef child : children) {
            Set<ClassId> mine = child.classes().stream().map(ClassRef::id).collect(java.util.stream.Collectors.toSet());
            byChild.put(child.id(), all.stream().filter(h -> mine.contains(h.classId())).limit(limit).toList());
        }
        return byChild;
    }

    /** Homework of the classes, with the ticks of {@code ticksOf}. */
    private List<HomeworkLine> lines(PersonId ticksOf, List<ClassRef> classes, LocalDate from, LocalDate to, int offset,
            int limit) {
        return homework.forPupil(ticksOf, classes.stream().map(ClassRef::id).toList(), from, to, clock.instant(), offset,
                limit);
    }

    /** A class's book between two dates; teachers of the class and the head also see what is planned. */
    Optional<ClassBook> classBook(PreauUser user, ClassId classId, LocalDate from, LocalDate to) {
        return rules.access(user, classId).map(access -> {
            boolean all = access.readsEverything();
            Instant now = clock.instant();
            List<Session> s = withSessionExtras(sessions.ofClass(classId, from, to, now, all).stream()
                    .filter(e -> shown(user, e.author(), e.neutralized())).toList());
            List<Homework> h = withHomeworkExtras(homework.ofClass(classId, from, to, now, all).stream()
                    .filter(e -> shown(user, e.author(), e.neutralized())).toList());
            return new ClassBook(access, s, h, names(s, h));
        });
    }

    Optional<ClassAccess> access(PreauUser user, ClassId classId) {
        return rules.access(user, classId);
    }

    /** One homework, if the person may read it; with the pupil's tick for a pupil. */
    Optional<Homework> homework(PreauUser user, UUID id) {
        return homework.find(id).filter(h -> shown(user, h.author(), h.neutralized()))
                .filter(h -> visible(user, h.classId(), h.publishAt()))
                .map(h -> withHomeworkExtras(List.of(h)).getFirst())
                .map(h -> rules.access(user, h.classId()).map(ClassAccess::role).orElse(Role.NONE) == Role.PUPIL
                        && homework.isDone(id, user.personId()) ? done(h) : h);
    }

    Optional<Session> session(PreauUser user, UUID id) {
        return sessions.find(id).filter(s -> shown(user, s.author(), s.neutralized()))
                .filter(s -> visible(user, s.classId(), s.publishAt()))
                .map(s -> withSessionExtras(List.of(s)).getFirst());
    }

    /** An attached file, if the person may read its entry. */
    Optional<StoredFile> attachment(PreauUser user, UUID id) {
        return extras.attachment(id).filter(file -> file.owner() == Owner.SESSION
                ? session(user, file.entry()).isPresent()
                : homework(user, file.entry()).isPresent());
    }

    /** Names of the authors and visa signers of entries. */
    Map<PersonId, String> names(List<Session> s, List<Homework> h) {
        Set<PersonId> people = new HashSet<>();
        s.forEach(e -> {
            people.add(e.author());
            if (e.visa() != null) {
                people.add(e.visa().signer());
            }
        });
        h.forEach(e -> {
            people.add(e.author());
            if (e.visa() != null) {
                people.add(e.visa().signer());
            }
        });
        return directory.displayNames(people);
    }

    /** An entry hidden by moderation is shown to its author only ("masqué par la modération"). */
    private static boolean shown(PreauUser user, PersonId author, boolean neutralized) {
        return !neutralized || user.personId().equals(author);
    }

    private boolean visible(PreauUser user, ClassId classId, Instant publishAt) {
        return rules.access(user, classId)
                .map(a -> a.readsEverything() || !publishAt.isAfter(clock.instant())).orElse(false);
    }

    List<Session> withSessionExtras(List<Session> list) {
        List<UUID> ids = list.stream().map(Session::id).toList();
        var links = extras.links(Owner.SESSION, ids);
        var files = extras.attachments(Owner.SESSION, ids);
        return list.stream().map(s -> s.withExtras(links.getOrDefault(s.id(), List.of()),
                files.getOrDefault(s.id(), List.of()))).toList();
    }

    List<Homework> withHomeworkExtras(List<Homework> list) {
        List<UUID> ids = list.stream().map(Homework::id).toList();
        var links = extras.links(Owner.HOMEWORK, ids);
        var files = extras.attachments(Owner.HOMEWORK, ids);
        return list.stream().map(h -> h.withExtras(links.getOrDefault(h.id(), List.of()),
                files.getOrDefault(h.id(), List.of()))).toList();
    }

    private static Homework done(Homework h) {
        return new Homework(h.id(), h.structure(), h.classId(), h.subject(), h.author(), h.due(), h.title(),
                h.instructions(), h.minutes(), h.handIn(), h.publishAt(), h.visa(), true, h.links(), h.attachments(),
                h.neutralized());
    }
}
