package org.preau.platform.reporting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;

/**
 * An immutable copy of reported content as it was when reported: it survives the content's
 * deletion, and its hash shows it was not changed since.
 *
 * @param author    who wrote it (null: a former user)
 * @param authorName the author's name as shown then
 * @param structure where it was published or whose people it reached, null when unknown (the
 *                  report then goes to the central admins: it must never reach no one)
 * @param title     its title or subject
 * @param text      its text, plain
 * @param recipients who could read it, as far as the module knows (ids)
 * @param createdAt when it was written or sent
 * @param link      where a moderator opens it in the application, or null
 */
public record Evidence(@Nullable PersonId author, String authorName, @Nullable StructureId structure, String title,
        String text, List<PersonId> recipients, Instant createdAt, @Nullable String link) {

    public Evidence {
        recipients = List.copyOf(recipients);
    }
}
