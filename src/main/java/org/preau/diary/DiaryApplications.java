package org.preau.diary;

import java.util.List;

import org.preau.platform.notification.Frequency;
import org.preau.platform.notification.NotificationType;
import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The diary's actions and its entry in the application launcher: pupils, parents, teachers and heads. */
@Configuration(proxyBeanMethods = false)
class DiaryApplications {

    /** Reading the books one may see (a pupil's homework, a parent's children's, a teacher's classes). */
    static final String READ = "diary.read";
    /** Writing sessions and homework for the classes one teaches. */
    static final String WRITE = "diary.create-homework";
    /** Signing teachers' books (the head, an inspector). */
    static final String VISA = "diary.visa";

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

    /** Homework due within a day was published (the timeline tells pupils and parents). */
    @Bean
    NotificationType homeworkNotificationType() {
        return new NotificationType("diary.homework", Frequency.DAILY, true);
    }

    @Bean
    LauncherEntry diaryEntry() {
        return new LauncherEntry("diary", "app.diary", "/diary", "book", 20, List.of(READ, WRITE, VISA));
    }
}
