package org.preau.messaging;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Why messaging refused what a person asked, with the words to say it: {@code messaging.error.<reason>}
 * in the message bundles, {@link #arguments()} as their arguments.
 */
public class MessagingProblem extends RuntimeException {

    /** What went wrong; each has a message key and an HTTP status for the API. */
    public enum Reason {
        NOT_FOUND(404), RECIPIENTS_REFUSED(403), NO_RECIPIENT(400), TOO_MANY_RECIPIENTS(400), CONFIRMATION_NEEDED(409),
        RECALL_TOO_LATE(409), NOT_RECALLABLE(409), NOT_EDITABLE(409), SCHEDULE_IN_PAST(400), TOO_LONG(400),
        FILE_TOO_LARGE(413), FORBIDDEN_TYPE(415), QUOTA_EXCEEDED(413), TOO_MANY_FILES(400), FOLDER_INVALID(400),
        FOLDER_TOO_DEEP(400), GROUPS_NOT_ALLOWED(403), TOO_MANY_FOR_PROFILE(403), HOURLY_CAP(429), DAILY_CAP(429);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String messageKey() {
            return "messaging.error." + name();
        }
    }

    /** A recipient that was refused, as the sender named it, and why. */
    public record Refusal(String id, String label, boolean known) {
    }

    private final Reason reason;
    private final transient Object[] arguments;
    private final transient List<Refusal> refused;
    private @Nullable Long retryAfter;

    public MessagingProblem(Reason reason, Object... arguments) {
        this(reason, List.of(), arguments);
    }

    public MessagingProblem(Reason reason, List<Refusal> refused, Object... arguments) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.arguments = arguments.clone();
        this.refused = List.copyOf(refused);
    }

    public static MessagingProblem notFound() {
        return new MessagingProblem(Reason.NOT_FOUND);
    }

    public Reason reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** When to try again, in seconds, for a cap met (the API's {@code Retry-After}); null otherwise. */
    public @Nullable Long retryAfter() {
        return retryAfter;
    }

    void retryAfter(long seconds) {
        this.retryAfter = seconds;
    }

    /** The refused recipients, for {@link Reason#RECIPIENTS_REFUSED}. */
    public List<Refusal> refused() {
        return refused;
    }
}
