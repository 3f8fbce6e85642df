package org.preau.platform.notification;

import java.util.regex.Pattern;

/**
 * A kind of notification an application sends ({@code <application>.<what>}, such as a homework given):
 * modules declare one bean per type, the timeline offers each person a choice per type. Its label
 * is the message {@code notification.type.<key>}, the text of an entry the message
 * {@code notification.text.<key>} with the entry's arguments.
 *
 * @param key         {@code <application>.<what>}, lower case words joined by hyphens
 * @param defaultMail how often mail is sent when neither the person nor the admin chose
 * @param pushable    whether it may be pushed to a phone (when push exists)
 */
public record NotificationType(String key, Frequency defaultMail, boolean pushable) {

    private static final Pattern KEY = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

    public NotificationType {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A notification type is <application>.<what>: " + key);
        }
    }

    public String labelKey() {
        return "notification.type." + key;
    }

    public String textKey() {
        return "notification.text." + key;
    }
}
