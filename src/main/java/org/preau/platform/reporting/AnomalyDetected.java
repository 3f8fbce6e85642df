package org.preau.platform.reporting;

import java.time.Instant;

import org.preau.platform.PersonId;

/**
 * A person's activity crossed a detection threshold (published by the application that saw it, in
 * its transaction). The moderation module records it and alerts the person's structures' admins,
 * the central admins in copy, at most once per person and kind an hour: publish it on every
 * crossing, the deduplication is not the publisher's. Ids and counts only, never a content.
 *
 * @param person  who
 * @param kind    what was seen
 * @param count   how many (messages, people or failures) in the window
 * @param window  the window's length in minutes
 * @param at      when it was seen (the publisher's clock)
 */
public record AnomalyDetected(PersonId person, Kind kind, int count, int window, Instant at) {

    public enum Kind {
        /** Far more messages than the profile's usual rate. */
        BURST,
        /** The same body to many people across messages. */
        SAME_BODY,
        /** Many failed logins on the account. */
        FAILED_LOGINS,
        /** Above the hard threshold: the person's messages are held pending review. */
        HELD
    }
}
