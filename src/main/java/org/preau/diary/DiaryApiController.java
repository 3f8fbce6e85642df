package org.preau.diary;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.diary.DiaryBook.PupilBook;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.preau.platform.web.RequiresAction;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The diary's JSON API (API.md): a pupil's or child's homework, homework set by a teacher, "done" ticks. */
@RestController
@RequestMapping("/api/v1/diary")
@Tag(name = "diary", description = "Cahier de textes: homework")
class DiaryApiController {

    /** {@code class} is the class id (as given to POST); {@code className} its name. */
    record HomeworkJson(String id, String subject, @com.fasterxml.jackson.annotation.JsonProperty("class") String classId,
            String className, LocalDate due, String title, boolean done) {
    }

    record Page<T>(List<T> items, @Nullable String next) {
    }

    record NewHomework(@Nullable String title, @Nullable String subject,
            @com.fasterxml.jackson.annotation.JsonProperty("class") @Nullable String classId, @Nullable String due,
            @Nullable String instructions) {
    }

    record Created(String id) {
    }

    record Done(@Nullable Boolean done) {
    }

    record DoneJson(String id, boolean done) {
    }

    private final DiaryBook book;
    private final Diary diary;
    private final MessageSource messages;
    private final Clock clock;

    DiaryApiController(DiaryBook book, Diary diary, MessageSource messages, Clock clock) {
        this.book = book;
        this.diary = diary;
        this.messages = messages;
        this.clock = clock;
    }

    @RequiresAction(DiaryApplications.READ)
    @GetMapping("/homework")
    @Operation(summary = "The caller's homework (a pupil), or a child's (a parent, ?child=): published, due from..to")
    Page<HomeworkJson> homework(@AuthenticationPrincipal PreauUser user,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable PersonId child, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) @Nullable String cursor) {
        LocalDate start = date("from", from, Times.today(clock));
        LocalDate end = date("to", to, start.plusDays(30));
        if (end.isBefore(start)) {
            throw invalid("to", "diary.error.range");
        }
        int size = Math.clamp(limit, 1, 200);
        int offset = cursor == null ? 0 : offset(cursor);
        PupilBook pupil = book.pupilHomework(user, child, start, end, offset,
                size + 1).orElseThrow(ApiProblem::notFound);
        var lines = pupil.homework();
        List<HomeworkJson> items = lines.stream().limit(size)
                .map(h -> new HomeworkJson(h.id().toString(), h.subject(), h.classId().toString(),
                        pupil.className(h.classId()), h.due(), h.title(), h.done()))
                .toList();
        return new Page<>(items, lines.size() > size ? String.valueOf(offset + size) : null);
    }

    @RequiresAction(DiaryApplications.WRITE)
    @PostMapping("/homework")
    @Operation(summary = "A teacher sets homework: {class, subject, due, title, instructions}; 201 {id}")
    ResponseEntity<Created> create(@AuthenticationPrincipal PreauUser user, @RequestBody NewHomework body) {
        if (body.classId() == null || body.classId().isBlank()) {
            throw invalid("class", "diary.error.required");
        }
        if (body.subject() == null || body.subject().isBlank()) {
            throw invalid("subject", "diary.error.required");
        }
        LocalDate due = date("due", body.due(), null);
        UUID id = diary.createHomework(user, HomeworkDraft.simple(Ids.classId(body.classId()), body.subject(), due,
                body.title() == null ? "" : body.title(), body.instructions() == null ? "" : body.instructions()));
        return ResponseEntity.created(URI.create("/api/v1/diary/homework/" + id)).body(new Created(id.toString()));
    }

    @RequiresAction(DiaryApplications.READ)
    @PutMapping("/homework/{id}/done")
    @Operation(summary = "A pupil ticks homework done (or not): {done: true|false}")
    DoneJson done(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, @RequestBody Done body) {
        if (body.done() == null) {
            throw invalid("done", "diary.error.required");
        }
        diary.setDone(user, id, body.done());
        return new DoneJson(id.toString(), body.done());
    }

    @ExceptionHandler(DiaryRefused.class)
    ResponseEntity<ProblemDetail> refused(DiaryRefused e) {
        Locale locale = LocaleContextHolder.getLocale();
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case SIGNED -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        String detail = switch (e.reason()) {
            case NOT_FOUND -> "problem.notFound";
            case FORBIDDEN -> "problem.forbidden";
            case SIGNED -> "diary.error.signed";
            case INVALID -> "problem.validation";
        };
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detail, null, locale));
        body.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        if (!e.errors().isEmpty()) {
            body.setProperty("errors", e.errors().entrySet().stream()
                    .map(err -> Map.of("field", err.getKey(), "message",
                            messages.getMessage(err.getValue(), null, locale)))
                    .toList());
        }
        return ResponseEntity.status(status).body(body);
    }

    private static LocalDate date(String field, @Nullable String text, @Nullable LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            if (otherwise == null) {
                throw invalid(field, "diary.error.required");
            }
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "diary.error.date");
        }
    }

    private static int offset(String cursor) {
        try {
            return Math.max(0, Integer.parseInt(cursor));
        } catch (NumberFormatException e) {
            throw invalid("cursor", "diary.error.cursor");
        }
    }

    private static DiaryRefused invalid(String field, String key) {
        return DiaryRefused.invalid(field, key);
    }
}
