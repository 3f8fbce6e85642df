package org.preau.messaging;

import org.preau.platform.web.PageScript;
import org.preau.platform.web.PageStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What messaging adds to every page: its styles and the compose form's formatting editor (it may be loaded by htmx anywhere). */
@Configuration(proxyBeanMethods = false)
class MessagingLayout {

    @Bean
    PageStyle messagingStyle() {
        return new PageStyle("/css/messaging.css", 50);
    }

    @Bean
    PageScript messagingScript() {
        return new PageScript("/js/messaging.js", 50);
    }
}
