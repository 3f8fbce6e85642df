package org.preau.platform.web;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An upload over the servlet container's limit is refused before any controller runs: the
 * API answers 413 as a problem detail, a page shows the friendly 413 page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private static final Logger log = LoggerFactory.getLogger(UploadLimitAdvice.class);

    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        log.warn("Upload refused on {}: over the size limit", request.getRequestURI());
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage("problem.uploadTooLarge", null, locale));
            problem.setTitle(messages.getMessage("problem.title.413", null, locale));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        var page = new ModelAndView("error/413");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }
}
