package org.preau.timeline;

import org.preau.platform.notification.Frequency;
import org.preau.platform.notification.NotificationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The timeline's own notification types. */
@Configuration(proxyBeanMethods = false)
class TimelineTypes {

    /**
     * An entry was reported: the structure's moderators were told. Nothing sends it since reports go
     * through the platform's reporting service; declared still for the entries already in feeds.
     */
    static final String REPORT = "timeline.report";

    @Bean
    NotificationType timelineReportType() {
        return new NotificationType(REPORT, Frequency.DAILY, false);
    }
}
