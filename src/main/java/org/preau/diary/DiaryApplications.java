package org.preau.diary;

import java.util.Set;

import org.preau.platform.web.LauncherEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The diary in the application launcher: pupils, parents, teachers and heads. */
@Configuration(proxyBeanMethods = false)
class DiaryApplications {

    @Bean
    LauncherEntry diaryEntry() {
        return new LauncherEntry("diary", "app.diary", "/diary", "book", 20,
                Set.of("ROLE_STUDENT", "ROLE_RELATIVE", "ROLE_TEACHER", "ROLE_LOCAL_ADMIN"));
    }
}
