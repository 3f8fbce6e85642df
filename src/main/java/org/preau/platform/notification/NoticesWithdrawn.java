package org.preau.platform.notification;

/**
 * "Forget the notices about this resource": published when a resource is taken back (a message
 * recalled), deleted or neutralised by moderation. The timeline removes every entry about it
 * from every feed, with the mails not sent yet, as if nobody had been told, and remembers the
 * resource so that a {@link NoticeRequested} about it handled later (events may arrive out of
 * order, or be replayed) writes nothing.
 *
 * @param resource the {@link NoticeRequested#resource()} key ({@code messaging.message:<uuid>})
 */
public record NoticesWithdrawn(String resource) {

    public NoticesWithdrawn {
        checkResource(resource);
    }

    static void checkResource(String resource) {
        if (!NoticeRequested.validResource(resource)) {
            throw new IllegalArgumentException("A resource key is <application>.<kind>:<id>: " + resource);
        }
    }
}
