package org.preau.messaging;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on messaging's pages: what the person may not see is the ordinary 404 page; other
 * refusals say why, in the person's language, with the status of the API.
 */
@ControllerAdvice(assignableTypes = { MailboxController.class, ComposeController.class, FoldersController.class })
class MessagingWebAdvice {

    @ExceptionHandler(MessagingProblem.class)
    ModelAndView problem(MessagingProblem e, HttpServletResponse response) {
        if (e.retryAfter() != null) {
            response.setHeader("Retry-After", String.valueOf(e.retryAfter()));
        }
        if (e.reason() == MessagingProblem.Reason.NOT_FOUND) {
            var page = new ModelAndView("error/404");
            page.setStatus(HttpStatus.NOT_FOUND);
            return page;
        }
        var page = new ModelAndView("messaging/problem");
        page.addObject("problem", e);
        page.setStatus(HttpStatus.valueOf(e.reason().status()));
        return page;
    }
}
