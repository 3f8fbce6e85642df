package org.preau.diary;

import java.util.List;

import org.preau.platform.web.HomeWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The diary's blocks of the home page, served by {@link DiaryWidgetController}. */
@Configuration(proxyBeanMethods = false)
class DiaryWidgets {

    /** A pupil's homework for today and tomorrow. */
    @Bean
    HomeWidget diaryHomeworkWidget() {
        return new HomeWidget("diary.homework", "diary.widget.homework", List.of("STUDENT"),
                "/diary/widgets/homework", "/diary/homework", 10, DiaryApplications.READ);
    }

    /** A parent's children: class and homework due tomorrow, one card each. */
    @Bean
    HomeWidget diaryChildrenWidget() {
        return new HomeWidget("diary.children", "diary.widget.children", List.of("RELATIVE"),
                "/diary/widgets/children", "/diary/homework", 10, DiaryApplications.READ);
    }

    /** A teacher's homework to collect and correct, else the classes whose session of the day is to write. */
    @Bean
    HomeWidget diaryTodoWidget() {
        return new HomeWidget("diary.todo", "diary.widget.todo", List.of("TEACHER"),
                "/diary/widgets/todo", "/diary", 20, DiaryApplications.WRITE);
    }

    /** The head's teachers whose books wait for a visa. */
    @Bean
    HomeWidget diaryVisasWidget() {
        return new HomeWidget("diary.visas", "diary.widget.visas", List.of("LOCAL_ADMIN"),
                "/diary/widgets/visas", "/diary/visas", 25, DiaryApplications.VISA);
    }
}
