package org.preau.diary;

import org.preau.platform.web.PageStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the diary adds to every page: its styles (its widgets show on the home page). */
@Configuration(proxyBeanMethods = false)
class DiaryLayout {

    @Bean
    PageStyle diaryStyle() {
        return new PageStyle("/css/diary.css", 20);
    }
}
