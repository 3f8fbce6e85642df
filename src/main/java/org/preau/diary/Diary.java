package org.preau.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.diary.Attachments.Upload;
import org.preau.diary.DiaryRules.ClassAccess;
import org.preau.diary.DiaryRules.Role;
import org.preau.diary.Entries.Homework;
import org.preau.diary.Entries.Session;
import org.preau.diary.ExtrasRepository.Owner;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.InputLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diary's facade for writing: teachers' sessions and homework (created, changed, deleted,
 * copied to another class), pupils' "done" ticks. Every call checks the person's rights
 * ({@link DiaryRefused} otherwise); an entry signed by a visa is no longer changed.
 */
@Service
@Transactional
public class Diary {

    private final DiaryRules rules;
    private final DiarySessionRepository sessions;
    private final HomeworkRepository homework;
    private final ExtrasRepository extras;
    private final Attachments attachments;
    private final HomeworkNotifier notifier;
    private final Clock clock;
    private final InputLimits limits;

    Diary(DiaryRules rules, DiarySessionRepository sessions, HomeworkRepository homework, ExtrasRepository extras,
            Attachments attachments, HomeworkNotifier notifier, Clock clock, InputLimits limits) {
        this.limits = limits;
        this.rules = rules;
        this.sessions = sessions;
        this.homework = homework;
        this.extras = extras;
        this.attachments = attachments;
        this.notifier = notifier;
        this.clock = clock;
    }

    public UUID createSession(PreauUser user, SessionDraft draft) {
        return createSession(user, draft, List.of());
    }

    UUID createSession(PreauUser user, SessionDraft draft, List<Upload> uploads) {
        ClassAccess access = writer(user, draft.classId());
        SessionDraft clean = Drafts.check(access, draft, limits);
        attachments.check(uploads);
        UUID id = sessions.insert(access.schoolClass().structure().id(), user.personId(), clean,
                RichText.sanitize(clean.content()), publishAt(clean.publishAt()), clock.instant());
        extras.replaceLinks(Owner.SESSION, id, clean.links());
        attachments.store(Owner.SESSION, id, uploads);
        return id;
    }

    void updateSession(PreauUser user, UUID id, SessionDraft draft, List<Upload> uploads) {
        Session session = ownSession(user, id);
        SessionDraft clean = Drafts.check(writer(user, session.classId()), withClass(draft, session.classId()), limits);
        attachments.check(uploads);
        sessions.update(id, clean, RichText.sanitize(clean.content()), publishAt(clean.publishAt()), clock.instant());
        extras.replaceLinks(Owner.SESSION, id, clean.links());
        attachments.store(Owner.SESSION, id, uploads);
    }

    void deleteSession(PreauUser user, UUID id) {
        ownSession(user, id);
        List<String> files = extras.ownFiles(Owner.SESSION, id);
        sessions.delete(id);
        attachments.deleteFiles(files);
    }

    public UUID createHomework(PreauUser user, HomeworkDraft draft) {
        return createHomework(user, draft, List.of());
    }

    UUID createHomework(PreauUser user, HomeworkDraft draft, List<Upload> uploads) {
        ClassAccess access = writer(user, draft.classId());
        HomeworkDraft clean = Drafts.check(access, draft, null, Times.today(clock), limits);
        attachments.check(uploads);
        UUID id = homework.insert(access.schoolClass().structure().id(), user.personId(), clean,
                RichText.sanitize(clean.instructions()), publishAt(clean.publishAt()), clock.instant());
        extras.replaceLinks(Owner.HOMEWORK, id, clean.links());
        attachments.store(Owner.HOMEWORK, id, uploads);
        notifier.publishDue();
        return id;
    }

    void updateHomework(PreauUser user, UUID id, HomeworkDraft draft, List<Upload> uploads) {
        Homework existing = ownHomework(user, id);
        HomeworkDraft clean = Drafts.check(writer(user, existing.classId()),
                withClass(draft, existing.classId()), existing.due(), Times.today(clock), limits);
        attachments.check(uploads);
        homework.update(id, clean, RichText.sanitize(clean.instructions()), publishAt(clean.publishAt()),
                clock.instant());
        extras.replaceLinks(Owner.HOMEWORK, id, clean.links());
        attachments.store(Owner.HOMEWORK, id, uploads);
        notifier.publishDue();
    }

    void deleteHomework(PreauUser user, UUID id) {
        ownHomework(user, id);
        List<String> files = extras.ownFiles(Owner.HOMEWORK, id);
        homework.delete(id);
        attachments.deleteFiles(files);
    }

    /**
     * Removes one file from an entry its author may still change; the stored file goes once no
     * copy of the entry uses it.
     */
    void removeAttachment(PreauUser user, Owner owner, UUID entry, UUID file) {
        if (owner == Owner.SESSION) {
            ownSession(user, entry);
        } else {
            ownHomework(user, entry);
        }
        extras.attachment(file).filter(f -> f.owner() == owner && f.entry().equals(entry))
                .orElseThrow(DiaryRefused::notFound);
        extras.deleteAttachment(file).ifPresent(key -> attachments.deleteFiles(List.of(key)));
    }

    /** Copies a session (content, links, attachments) to another class the teacher teaches the subject in. */
    UUID copySession(PreauUser user, UUID id, ClassId target) {
        Session s = sessions.find(id).orElseThrow(DiaryRefused::notFound);
        writer(user, s.classId());
        var draft = new SessionDraft(target, s.subject(), s.date(), s.title(), s.content(), List.of(), s.publishAt());
        UUID copy = createSession(user, draft);
        extras.copy(Owner.SESSION, id, copy);
        return copy;
    }

    /** Copies homework to another class the teacher teaches the subject in. */
    UUID copyHomework(PreauUser user, UUID id, ClassId target) {
        Homework h = homework.find(id).orElseThrow(DiaryRefused::notFound);
        writer(user, h.classId());
        var draft = new HomeworkDraft(target, h.subject(), h.due(), h.title(), h.instructions(), h.minutes(),
                h.handIn(), List.of(), h.publishAt());
        UUID copy = createHomework(user, draft);
        extras.copy(Owner.HOMEWORK, id, copy);
        return copy;
    }

    /**
     * Last year's progression: the teacher's sessions of {@code source} in the previous school
     * year, copied to {@code target} 52 weeks later (same weekday), each published on its day.
     * Sessions in subjects the teacher does not teach in the target class are left out.
     */
    int reuseLastYear(PreauUser user, ClassId target, ClassId source) {
        ClassAccess access = writer(user, target);
        LocalDate thisYear = Times.schoolYearStart(Times.today(clock));
        var old = sessions.ofAuthor(user.personId(), access.schoolClass().structure().id(), thisYear.minusYears(1),
                thisYear.minusDays(1)).stream().filter(s -> s.classId().equals(source)).toList();
        int copied = 0;
        for (Session s : old) {
            if (access.writable(s.subject()).isEmpty()) {
                continue;
            }
            LocalDate date = s.date().plusWeeks(52);
            UUID copy = sessions.insert(access.schoolClass().structure().id(), user.personId(),
                    new SessionDraft(target, s.subject(), date, s.title(), s.content(), List.of(), null), s.content(),
                    Times.startOf(date), clock.instant());
            extras.copy(Owner.SESSION, s.id(), copy);
            copied++;
        }
        return copied;
    }

    /**
     * The primary school's quick entry: the day's homework for the whole class, one per
     * subject whose instructions are not blank, all due on {@code due}. Nothing is written when
     * one is refused.
     */
    int quickEntry(PreauUser user, ClassId classId, LocalDate due, Map<String, String> bySubject) {
        int created = 0;
        for (var entry : bySubject.entrySet()) {
            String text = entry.getValue().strip();
            if (!text.isEmpty()) {
                String title = text.lines().findFirst().orElse(text);
                title = title.length() > 80 ? title.substring(0, 79) + "…" : title;
                createHomework(user, HomeworkDraft.simple(classId, entry.getKey(), due, title, text));
                created++;
            }
        }
        return created;
    }

    /** A pupil ticks (or unticks) homework of one of their classes as done; private to them. */
    public void setDone(PreauUser user, UUID id, boolean done) {
        Homework h = homework.find(id).orElseThrow(DiaryRefused::notFound);
        ClassAccess access = rules.access(user, h.classId()).orElseThrow(DiaryRefused::notFound);
        if (!access.readsEverything() && h.publishAt().isAfter(clock.instant())) {
            throw DiaryRefused.notFound();
        }
        if (access.role() != Role.PUPIL) {
            throw DiaryRefused.forbidden();
        }
        homework.setDone(id, user.personId(), done, clock.instant());
    }

    private ClassAccess writer(PreauUser user, ClassId classId) {
        ClassAccess access = rules.access(user, classId).orElseThrow(DiaryRefused::notFound);
        if (access.role() != Role.TEACHER) {
            throw access.role() == Role.HEAD ? DiaryRefused.forbidden() : DiaryRefused.notFound();
        }
        return access;
    }

    private Session ownSession(PreauUser user, UUID id) {
        Session s = sessions.find(id).orElseThrow(DiaryRefused::notFound);
        mayChange(user, s.classId(), s.author(), s.visa() != null);
        return s;
    }

    private Homework ownHomework(PreauUser user, UUID id) {
        Homework h = homework.find(id).orElseThrow(DiaryRefused::notFound);
        mayChange(user, h.classId(), h.author(), h.visa() != null);
        return h;
    }

    private void mayChange(PreauUser user, ClassId classId, org.preau.platform.PersonId author, boolean signed) {
        ClassAccess access = rules.access(user, classId).orElseThrow(DiaryRefused::notFound);
        if (!access.readsEverything()) {
            throw DiaryRefused.notFound();
        }
        if (!rules.isAuthor(user, author)) {
            throw DiaryRefused.forbidden();
        }
        if (signed) {
            throw DiaryRefused.signed();
        }
    }

    private Instant publishAt(@Nullable Instant requested) {
        Instant now = clock.instant();
        return requested == null || requested.isBefore(now) ? now : requested;
    }

    private static SessionDraft withClass(SessionDraft d, ClassId classId) {
        return new SessionDraft(classId, d.subject(), d.date(), d.title(), d.content(), d.links(), d.publishAt());
    }

    private static HomeworkDraft withClass(HomeworkDraft d, ClassId classId) {
        return new HomeworkDraft(classId, d.subject(), d.due(), d.title(), d.instructions(), d.minutes(), d.handIn(),
                d.links(), d.publishAt());
    }
}
