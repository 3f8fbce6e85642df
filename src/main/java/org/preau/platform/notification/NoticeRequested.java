package org.preau.platform.notification;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.preau.platform.StructureId;

/**
 * "Tell these people": the one event through which any application notifies people. Publish it
 * with Spring's {@code ApplicationEventPublisher}, in the transaction that made the news (a
 * message delivered, homework published); the timeline handles it once for every application,
 * after the commit: each recipient's preference for the type, quiet hours, mail digests and the
 * unread count of the header. The type is a {@link NotificationType} bean the application
 * declares; its text is the message {@code notification.text.<type>} with {@code args}.
 * <p>
 * It may be handled more than once (after a crash): one entry per person and {@code resource},
 * so a replayed notice tells nobody twice. Once {@link NoticesWithdrawn} named the resource, a
 * notice about it, even one arriving late, is not written.
 *
 * @param type       a declared {@link NotificationType#key()} ({@code diary.homework})
 * @param recipients who is told
 * @param args       the arguments of the type's text: names and titles, never contents (no body, no marks)
 * @param link       a path of Préau ({@code /diary/homework/…}), never an outside address
 * @param structure  the structure it comes from (whose moderators review reports of it), if any
 * @param resource   what it is about, {@code <application>.<kind>:<id>} ({@code messaging.message:<uuid>}):
 *                   the key a later {@link NoticesWithdrawn} names
 */
public record NoticeRequested(String type, Recipients recipients, List<String> args, String link,
        @Nullable StructureId structure, String resource) {

    private static final Pattern RESOURCE = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*:\\S+");

    public NoticeRequested {
        if (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            throw new IllegalArgumentException("A notice links to a path of Préau");
        }
        NoticesWithdrawn.checkResource(resource);
        args = List.copyOf(args);
    }

    static boolean validResource(String resource) {
        return RESOURCE.matcher(resource).matches();
    }
}
