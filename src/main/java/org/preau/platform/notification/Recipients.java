package org.preau.platform.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.preau.platform.PersonId;

/**
 * Who a {@link NoticeRequested} is for: people named one by one, and people whose legal
 * guardians (responsables légaux) are told too, which the timeline looks up when it handles
 * the notice. A person in both lists is told once.
 *
 * @param people      told themselves
 * @param guardiansOf whose active legal guardians are told (the pupils of a homework: their parents)
 */
public record Recipients(List<PersonId> people, List<PersonId> guardiansOf) {

    public Recipients {
        people = List.copyOf(new LinkedHashSet<>(people));
        guardiansOf = List.copyOf(new LinkedHashSet<>(guardiansOf));
    }

    /** These people, and no one else. */
    public static Recipients people(Collection<PersonId> people) {
        return new Recipients(List.copyOf(people), List.of());
    }

    /** These people and their legal guardians (pupils and their parents). */
    public static Recipients peopleAndTheirGuardians(Collection<PersonId> people) {
        return new Recipients(List.copyOf(people), List.copyOf(people));
    }
}
