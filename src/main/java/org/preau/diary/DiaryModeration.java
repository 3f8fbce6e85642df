package org.preau.diary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.preau.diary.Entries.Homework;
import org.preau.diary.Entries.Session;
import org.preau.diary.ExtrasRepository.Owner;
import org.preau.directory.Directory;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.notification.NoticesWithdrawn;
import org.preau.platform.reporting.Evidence;
import org.preau.platform.reporting.ReportableContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published homework and sessions as reportable content ({@code HOMEWORK}, {@code SESSION}):
 * whoever may read an entry (a pupil of the class, a parent of one, a teacher of it) reports it,
 * its author does not; the report goes to the entry's structure. A neutralized entry leaves every
 * reader's view (lists, the class's book, widgets, search, the API) and, for homework, its notices;
 * its author still sees it, "masqué par la modération". A restore shows it again.
 */
@Component
class DiaryModeration {

    static final String HOMEWORK = "HOMEWORK";
    static final String SESSION = "SESSION";

    private final DiaryBook book;
    private final Books books;
    private final Directory directory;
    private final DiaryModerationRepository marks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiaryModeration(DiaryBook book, Books books, Directory directory, DiaryModerationRepository marks,
            ApplicationEventPublisher events, Clock clock) {
        this.book = book;
        this.books = books;
        this.directory = directory;
        this.marks = marks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Evidence> evidence(Owner kind, PreauUser reporter, UUID id) {
        if (kind == Owner.HOMEWORK) {
            return book.homework(reporter, id).filter(h -> !h.author().equals(reporter.personId()))
                    .map(h -> evidence(h.author(), h.structure(), h.classId(), h.subject() + " : " + h.title(),
                            h.instructions(), h.publishAt(), "/diary/homework/" + h.id()));
        }
        return book.session(reporter, id).filter(s -> !s.author().equals(reporter.personId()))
                .map(s -> evidence(s.author(), s.structure(), s.classId(), s.subject() + " : " + s.title(),
                        s.content(), s.publishAt(), "/diary/classes/" + s.classId() + "?week=" + s.date()));
    }

    private Evidence evidence(PersonId author, StructureId structure, ClassId classId, String title, String html,
            Instant publishedAt, String link) {
        String name = directory.displayNames(Set.of(author)).getOrDefault(author, "");
        List<PersonId> readers = books.pupils(classId);
        return new Evidence(author, name, structure, title, RichText.plain(html), readers, publishedAt, link);
    }

    @Transactional
    boolean neutralize(Owner kind, UUID id) {
        if (!marks.neutralize(kind, id, clock.instant())) {
            return false;
        }
        if (kind == Owner.HOMEWORK) {
            events.publishEvent(new NoticesWithdrawn(DiaryApplications.HOMEWORK_NOTICE + ":" + id));
        }
        return true;
    }

    @Transactional
    boolean restore(Owner kind, UUID id) {
        return marks.restore(kind, id);
    }

    /** The two kinds the moderation service sees, one bean each. */
    @Configuration(proxyBeanMethods = false)
    static class Kinds {

        @Bean
        ReportableContent diaryHomeworkReports(DiaryModeration moderation) {
            return new Kind(HOMEWORK, Owner.HOMEWORK, moderation);
        }

        @Bean
        ReportableContent diarySessionReports(DiaryModeration moderation) {
            return new Kind(SESSION, Owner.SESSION, moderation);
        }
    }

    /** One kind of diary entry as the platform's {@link ReportableContent}. */
    record Kind(String type, Owner owner, DiaryModeration moderation) implements ReportableContent {

        @Override
        public Optional<Evidence> evidence(PreauUser reporter, UUID id) {
            return moderation.evidence(owner, reporter, id);
        }

        @Override
        public boolean neutralize(UUID id) {
            return moderation.neutralize(owner, id);
        }

        @Override
        public boolean restore(UUID id) {
            return moderation.restore(owner, id);
        }
    }
}
