package org.preau.timeline;

import org.preau.platform.web.HeaderTool;
import org.preau.platform.web.PageScript;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the timeline adds to every page: the header's bell with the unread count (given by
 * {@link UnreadAdvice} to logged-in people) and the script that keeps it up to date.
 */
@Configuration(proxyBeanMethods = false)
class TimelineLayout {

    @Bean
    PageScript timelineScript() {
        return new PageScript("/js/timeline.js", 80);
    }

    @Bean
    HeaderTool timelineBell() {
        return new HeaderTool("timeline/badge", "badge", "timelineUnread", 10);
    }
}
