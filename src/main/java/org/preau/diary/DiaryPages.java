package org.preau.diary;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The diary's pages: the time and the reader for every page, and a refused action shown as
 * the 404 page for what may not be seen, 403, or a page that says why (409, 400).
 */
@ControllerAdvice(assignableTypes = { DiaryController.class, ClassBookController.class, EntryFormController.class,
        PrimaryController.class, VisaController.class })
class DiaryPages {

    private final Clock clock;

    DiaryPages(Clock clock) {
        this.clock = clock;
    }

    /** The time now, to tell planned entries. */
    @ModelAttribute("now")
    Instant now() {
        return clock.instant();
    }

    /** Who is reading, to offer the author's actions on their own entries. */
    @ModelAttribute("me")
    @Nullable PersonId me(@AuthenticationPrincipal @Nullable PreauUser user) {
        return user == null ? null : user.personId();
    }

    @ExceptionHandler(DiaryRefused.class)
    ModelAndView refused(DiaryRefused e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case SIGNED -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        var page = new ModelAndView(status == HttpStatus.FORBIDDEN ? "error/403" : "error/404");
        if (status == HttpStatus.CONFLICT || status == HttpStatus.BAD_REQUEST) {
            page.setViewName("diary/refused");
            page.addObject("reason", e.reason().name());
        }
        page.setStatus(status);
        return page;
    }
}
