package org.preau.messaging;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.Detail;
import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.MessageViews.Person;
import org.preau.messaging.MessageViews.Recipient;
import org.preau.messaging.MessageViews.State;
import org.preau.platform.PreauUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.preau.platform.web.RequiresAction;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/messages}: send, list a box, read, recall (API.md). */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "messaging")
class MessagesApiController {

    record NewMessage(@Nullable List<String> to, @Nullable List<String> cc, @Nullable List<String> bcc,
            @Nullable String subject, @Nullable String body, @Nullable Instant sendAt) {
    }

    record Created(UUID id, State state) {
    }

    /** A held send: accepted (202), not delivered, and why, in the person's language. */
    record Held(UUID id, State state, String detail) {
    }

    record From(@Nullable String id, String displayName) {
    }

    record Item(UUID id, String subject, From from, Instant date, boolean unread) {
    }

    record Items(List<Item> items, @Nullable String next) {
    }

    record Party(String id, String displayName) {
    }

    record File(UUID id, String name, String contentType, long size, String href) {
    }

    record Message(UUID id, String subject, From from, Instant date, State state, @Nullable Instant sendAt,
            List<Party> to, List<Party> cc, List<Party> bcc, String body, List<File> attachments) {
    }

    record Recalled(UUID id, State state, List<From> readBy) {
    }

    private final Sending sending;
    private final Mailbox mailbox;
    private final MessageSource text;

    MessagesApiController(Sending sending, Mailbox mailbox, MessageSource text) {
        this.sending = sending;
        this.mailbox = mailbox;
        this.text = text;
    }

    @RequiresAction(MessagingApplications.SEND)
    @PostMapping
    @Operation(summary = "Sends a message to people, classes or groups (now, or at sendAt); 403 names unreachable recipients; 202 {id, state: HELD, detail} when the sender's messages are held for review")
    ResponseEntity<?> send(@AuthenticationPrincipal PreauUser user, @RequestBody NewMessage message, Locale locale) {
        var sent = sending.send(user, null, new Compose(list(message.to()), list(message.cc()), list(message.bcc()),
                message.subject() == null ? "" : message.subject(), message.body() == null ? "" : message.body(),
                true, message.sendAt(), null), true);
        if (sent.state() == State.HELD) {
            return ResponseEntity.accepted().location(URI.create("/api/v1/messages/" + sent.id()))
                    .body(new Held(sent.id(), sent.state(), text.getMessage("messaging.held.told", null, locale)));
        }
        return ResponseEntity.created(URI.create("/api/v1/messages/" + sent.id()))
                .body(new Created(sent.id(), sent.state()));
    }

    @RequiresAction(MessagingApplications.READ)
    @GetMapping
    @Operation(summary = "A box of the caller, newest first: INBOX, SENT, DRAFTS or TRASH")
    Items list(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "INBOX") Folder folder,
            @RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit,
            Locale locale) {
        var page = mailbox.list(user, new BoxRepository.Box(folder, null), cursor, limit);
        return new Items(page.items().stream().map(s -> new Item(s.id(), s.subject(), from(s.from(), locale),
                s.date(), s.unread())).toList(), page.next());
    }

    @RequiresAction(MessagingApplications.READ)
    @GetMapping("/{id}")
    @Operation(summary = "A message of the caller's boxes, with to, cc, body (sanitized HTML) and attachments; marked read")
    Message read(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Locale locale) {
        Detail d = mailbox.read(user, id).orElseThrow(MessagingProblem::notFound);
        return new Message(d.id(), d.subject(), from(d.from(), locale), d.date(), d.state(), d.sendAt(),
                parties(d.to(), locale), parties(d.cc(), locale), parties(d.bcc(), locale), d.body(),
                d.attachments().stream().map(a -> new File(a.id(), a.name(), a.contentType(), a.size(),
                        "/messages/" + d.id() + "/attachments/" + a.id())).toList());
    }

    @RequiresAction(MessagingApplications.SEND)
    @PostMapping("/{id}/recall")
    @Operation(summary = "Recalls a message sent less than 60 minutes ago (409 after); says who had read it")
    Recalled recall(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Locale locale) {
        var readers = sending.recall(user, id);
        return new Recalled(id, State.RECALLED,
                mailbox.persons(readers).stream().map(p -> from(p, locale)).toList());
    }

    @ExceptionHandler(MessagingProblem.class)
    ResponseEntity<ProblemDetail> problem(MessagingProblem e, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(e.reason().status());
        var body = ProblemDetail.forStatusAndDetail(status, text.getMessage(e.reason().messageKey(), e.arguments(),
                locale));
        body.setTitle(text.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        if (!e.refused().isEmpty()) {
            body.setProperty("recipients", e.refused().stream().map(r -> new Party(r.id(), r.label())).toList());
        }
        var answer = ResponseEntity.status(status);
        if (e.retryAfter() != null) {
            answer.header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter()));
        }
        return answer.body(body);
    }

    private From from(Person person, Locale locale) {
        return new From(person.id() == null ? null : person.id().toString(), person.displayName() != null
                ? person.displayName() : text.getMessage("messaging.formerUser", null, locale));
    }

    private List<Party> parties(List<Recipient> recipients, Locale locale) {
        return recipients.stream().map(r -> new Party(r.id(), r.label() != null ? r.label()
                : text.getMessage("messaging.formerUser", null, locale))).toList();
    }

    private static List<String> list(@Nullable List<String> ids) {
        return ids == null ? List.of() : ids;
    }
}
