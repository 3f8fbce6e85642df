package org.preau.messaging;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.Kind;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.platform.PeopleTime;

/**
 * The compose form as posted: recipients per kind, subject, body (plain text, or HTML when the
 * editor script ran: {@code format=html}), a schedule in local time, and the button pressed.
 * {@code add} and {@code remove} are {@code <kind>|<id>} (the picker without JavaScript).
 */
class ComposeForm {

    private @Nullable UUID id;
    private @Nullable UUID parent;
    /** The id a new message will have, given with the page: every request of the page writes to it. */
    private @Nullable UUID key;
    private List<String> to = new ArrayList<>();
    private List<String> cc = new ArrayList<>();
    private List<String> bcc = new ArrayList<>();
    private String subject = "";
    private String body = "";
    private String format = "text";
    private String sendAt = "";
    private String q = "";
    private @Nullable String add;
    private @Nullable String remove;

    /** The message as a command; the schedule is read in the people's time zone. */
    Compose compose() {
        return new Compose(clean(to), clean(cc), clean(bcc), subject, body, "html".equals(format), schedule(), parent);
    }

    @Nullable Instant schedule() {
        if (sendAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(sendAt.strip()).atZone(PeopleTime.ZONE).toInstant();
        } catch (DateTimeException e) {
            throw new MessagingProblem(Reason.SCHEDULE_IN_PAST);
        }
    }

    /** Applies an "add" or "remove" button of the picker; true if one was pressed. */
    boolean applyPicker() {
        if (add != null && add.contains("|")) {
            String[] parts = add.split("\\|", 2);
            List<String> list = list(parts[0]);
            if (list != null && !list.contains(parts[1])) {
                list.add(parts[1]);
            }
            return true;
        }
        if (remove != null && remove.contains("|")) {
            String[] parts = remove.split("\\|", 2);
            List<String> list = list(parts[0]);
            if (list != null) {
                list.remove(parts[1]);
            }
            return true;
        }
        return false;
    }

    boolean blank() {
        return id == null && subject.isBlank() && body.isBlank() && clean(to).isEmpty() && clean(cc).isEmpty()
                && clean(bcc).isEmpty();
    }

    private @Nullable List<String> list(String kind) {
        return switch (kind.toUpperCase(java.util.Locale.ROOT)) {
            case "TO" -> to;
            case "CC" -> cc;
            case "BCC" -> bcc;
            default -> null;
        };
    }

    List<String> ids(Kind kind) {
        return clean(switch (kind) {
            case TO -> to;
            case CC -> cc;
            case BCC -> bcc;
        });
    }

    private static List<String> clean(List<String> ids) {
        return ids.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public @Nullable UUID getId() {
        return id;
    }

    public void setId(@Nullable UUID id) {
        this.id = id;
    }

    /** The draft to write: the one opened, else the page's key. */
    @Nullable UUID target() {
        return id != null ? id : key;
    }

    /** Whether {@link #target()} is the page's key (the draft may not exist yet). */
    boolean keyed() {
        return id == null && key != null;
    }

    public @Nullable UUID getKey() {
        return key;
    }

    public void setKey(@Nullable UUID key) {
        this.key = key;
    }

    public @Nullable UUID getParent() {
        return parent;
    }

    public void setParent(@Nullable UUID parent) {
        this.parent = parent;
    }

    public List<String> getTo() {
        return to;
    }

    public void setTo(List<String> to) {
        this.to = new ArrayList<>(to);
    }

    public List<String> getCc() {
        return cc;
    }

    public void setCc(List<String> cc) {
        this.cc = new ArrayList<>(cc);
    }

    public List<String> getBcc() {
        return bcc;
    }

    public void setBcc(List<String> bcc) {
        this.bcc = new ArrayList<>(bcc);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getSendAt() {
        return sendAt;
    }

    public void setSendAt(String sendAt) {
        this.sendAt = sendAt;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public @Nullable String getAdd() {
        return add;
    }

    public void setAdd(@Nullable String add) {
        this.add = add;
    }

    public @Nullable String getRemove() {
        return remove;
    }

    public void setRemove(@Nullable String remove) {
        this.remove = remove;
    }
}
