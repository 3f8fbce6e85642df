package org.preau.moderation;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Why a person reports, as the report form offers it; the reason is kept as {@code CODE} or
 * {@code CODE: what they added}, and shown to moderators in their own language. A reason given
 * through the API may be any text.
 */
enum ReportReason {
    HARASSMENT, THREAT, HATE, INAPPROPRIATE, SPAM, PERSONAL_DATA, OTHER;

    /** The reason as kept. */
    String keep(@Nullable String details) {
        String more = details == null ? "" : details.strip();
        return more.isEmpty() ? name() : name() + ": " + more;
    }

    /** A kept reason read back: its code (when it has one) and what was added. */
    record Read(@Nullable ReportReason reason, String details) {

        String labelKey() {
            return reason == null ? "" : "moderation.reason." + reason.name();
        }
    }

    static Read read(String kept) {
        for (ReportReason reason : values()) {
            if (kept.equals(reason.name())) {
                return new Read(reason, "");
            }
            if (kept.startsWith(reason.name() + ": ")) {
                return new Read(reason, kept.substring(reason.name().length() + 2));
            }
        }
        return new Read(null, kept);
    }

    static Optional<ReportReason> parse(@Nullable String code) {
        for (ReportReason reason : values()) {
            if (reason.name().equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
