package org.preau.moderation;

import org.preau.platform.web.PageStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What moderation adds to every page: its styles (the queue and the evidence on a phone). */
@Configuration(proxyBeanMethods = false)
class ModerationLayout {

    @Bean
    PageStyle moderationStyle() {
        return new PageStyle("/css/moderation.css", 80);
    }
}
