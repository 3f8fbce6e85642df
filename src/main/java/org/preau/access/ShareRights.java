package org.preau.access;

import java.util.Set;

/**
 * What a person or group may do with a resource: a level (each holding the ones below) and
 * extra rights the resource's application declares, such as {@code publish} or {@code comment}.
 */
public record ShareRights(Level level, Set<String> extras) {

    /** read ⊂ contribute ⊂ manage (manage: change the resource's sharing too). */
    public enum Level {
        READ, CONTRIBUTE, MANAGE
    }

    public ShareRights {
        extras = Set.copyOf(extras);
    }

    public static ShareRights of(Level level) {
        return new ShareRights(level, Set.of());
    }

    public boolean allows(Level wanted) {
        return level.compareTo(wanted) >= 0;
    }

    /** These rights and {@code other}'s together. */
    ShareRights with(ShareRights other) {
        var all = new java.util.HashSet<>(extras);
        all.addAll(other.extras);
        return new ShareRights(level.compareTo(other.level) >= 0 ? level : other.level, all);
    }
}
