package org.preau.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.diary.Entries.Homework;
import org.preau.diary.Entries.Session;
import org.preau.diary.VisaRepository.Visa;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visas: whoever holds {@code diary.visa} in a structure (its head, an inspector) reads a
 * teacher's book there and signs it, with a comment;
 * the visa covers every entry of that teacher dated up to the day of signing.
 */
@Service
@Transactional(readOnly = true)
class Visas {

    static final int MAX_COMMENT = 2000;

    /** A teacher whose book the head may sign, with the last visa given. */
    record TeacherLine(StructureRef structure, PersonId teacher, String name, @Nullable Visa lastVisa) {
    }

    /** A teacher's book in a structure, as the head reads it. */
    record TeacherBook(StructureRef structure, PersonId teacher, String teacherName, List<Session> sessions,
            List<Homework> homework, List<Visa> visas, Map<PersonId, String> names) {
    }

    private final DiaryRules rules;
    private final Directory directory;
    private final DiarySessionRepository sessions;
    private final HomeworkRepository homework;
    private final VisaRepository visas;
    private final DiaryBook book;
    private final Clock clock;

    Visas(DiaryRules rules, Directory directory, DiarySessionRepository sessions, HomeworkRepository homework,
            VisaRepository visas, DiaryBook book, Clock clock) {
        this.rules = rules;
        this.directory = directory;
        this.sessions = sessions;
        this.homework = homework;
        this.visas = visas;
        this.book = book;
        this.clock = clock;
    }

    /** Whether the person signs books in at least one structure. */
    boolean signsSomewhere(PreauUser user) {
        return !rules.headOf(user).isEmpty();
    }

    /** The teachers who wrote in the structures the person heads. */
    List<TeacherLine> teachers(PreauUser user) {
        List<TeacherLine> lines = new ArrayList<>();
        for (StructureId id : rules.headOf(user)) {
            StructureRef structure = structure(id);
            List<PersonId> authors = sessions.authors(id);
            Map<PersonId, String> names = directory.displayNames(authors);
            for (PersonId author : authors) {
                List<Visa> given = visas.ofTeacher(id, author);
                lines.add(new TeacherLine(structure, author, names.getOrDefault(author, ""),
                        given.isEmpty() ? null : given.getFirst()));
            }
        }
        lines.sort(Comparator.comparing(TeacherLine::name));
        return lines;
    }

    /** A teacher's book since the start of the school year, if the person heads the structure. */
    Optional<TeacherBook> teacherBook(PreauUser user, StructureId structure, PersonId teacher) {
        if (!rules.isHead(user, structure)) {
            return Optional.empty();
        }
        LocalDate today = Times.today(clock);
        LocalDate from = Times.schoolYearStart(today);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<Session> s = book.withSessionExtras(sessions.ofAuthor(teacher, structure, from, to));
        List<Homework> h = book.withHomeworkExtras(homework.ofAuthor(teacher, structure, from, to));
        if (s.isEmpty() && h.isEmpty()) {
            return Optional.empty();
        }
        Map<PersonId, String> names = new java.util.HashMap<>(book.names(s, h));
        List<Visa> given = visas.ofTeacher(structure, teacher);
        names.putAll(directory.displayNames(given.stream().map(Visa::signer).toList()));
        return Optional.of(new TeacherBook(structure(structure), teacher, names.getOrDefault(teacher, ""), s, h,
                given, names));
    }

    /** Signs a teacher's book: every entry of theirs dated up to today. */
    @Transactional
    UUID sign(PreauUser user, StructureId structure, PersonId teacher, String comment) {
        if (teacherBook(user, structure, teacher).isEmpty()) {
            throw DiaryRefused.notFound();
        }
        if (comment.strip().length() > MAX_COMMENT) {
            throw DiaryRefused.invalid("comment", "diary.error.tooLong");
        }
        return visas.insert(structure, teacher, user.personId(), Times.today(clock), comment.strip(),
                clock.instant());
    }

    private StructureRef structure(StructureId id) {
        return directory.structures().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
