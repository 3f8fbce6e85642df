package org.preau.diary;

import static org.preau.platform.web.ApplicationRole.Profile.CENTRAL_ADMIN;
import static org.preau.platform.web.ApplicationRole.Profile.LOCAL_ADMIN;
import static org.preau.platform.web.ApplicationRole.Profile.PERSONNEL;
import static org.preau.platform.web.ApplicationRole.Profile.RELATIVE;
import static org.preau.platform.web.ApplicationRole.Profile.STUDENT;
import static org.preau.platform.web.ApplicationRole.Profile.TEACHER;

import java.util.List;

import org.preau.platform.notification.Frequency;
import org.preau.platform.notification.NotificationType;
import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.ApplicationRole;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The diary's actions and roles and its entry in the application launcher: pupils, parents, teachers and heads. */
@Configuration(proxyBeanMethods = false)
class DiaryApplications {

    /** Reading the books one may see (a pupil's homework, a parent's children's, a teacher's classes). */
    static final String READ = "diary.read";
    /** Writing sessions and homework for the classes one teaches. */
    static final String WRITE = "diary.create-homework";
    /** Signing teachers' books (the head, an inspector). */
    static final String VISA = "diary.visa";
    /** The notice of homework given: to its pupils and their parents. */
    static final String HOMEWORK_NOTICE = "diary.homework";

    @Bean
    ApplicationAction diaryReadAction() {
        return new ApplicationAction(READ, "app.diary");
    }

    @Bean
    ApplicationAction diaryWriteAction() {
        return new ApplicationAction(WRITE, "app.diary");
    }

    @Bean
    ApplicationAction diaryVisaAction() {
        return new ApplicationAction(VISA, "app.diary");
    }

    /** Everyone reads the books they may see; the central admin may be given it. */
    @Bean
    ApplicationRole diaryReaderRole() {
        return ApplicationRole.of("diary.reader", "role.seed.diaryRead", READ)
                .byDefault(STUDENT, RELATIVE, PERSONNEL).allowedFor(CENTRAL_ADMIN);
    }

    /** Teachers write in the books of the classes they teach. */
    @Bean
    ApplicationRole diaryTeacherRole() {
        return ApplicationRole.of("diary.teacher", "role.seed.diaryTeacher", READ, WRITE).byDefault(TEACHER);
    }

    /** Heads (local admins) sign the books; staff may be given the visa. */
    @Bean
    ApplicationRole diaryVisaRole() {
        return ApplicationRole.of("diary.visa", "role.seed.diaryVisa", READ, VISA).byDefault(LOCAL_ADMIN)
                .allowedFor(PERSONNEL);
    }

    /** Homework due within a day was published (the timeline tells pupils and parents). */
    @Bean
    NotificationType homeworkNotificationType() {
        return new NotificationType(HOMEWORK_NOTICE, Frequency.DAILY, true);
    }

    @Bean
    LauncherEntry diaryEntry() {
        return new LauncherEntry("diary", "app.diary", "/diary", "book", 20, List.of(READ, WRITE, VISA));
    }
}
