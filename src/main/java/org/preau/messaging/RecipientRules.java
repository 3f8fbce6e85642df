package org.preau.messaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.preau.access.Reach;
import org.preau.access.Reach.Answer;
import org.preau.directory.Audiences;
import org.preau.directory.DirectoryGroups;
import org.preau.directory.Profile;
import org.preau.messaging.MessageViews.Kind;
import org.preau.platform.ClassId;
import org.preau.platform.GroupRef;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every "may this sender write to that recipient" decision of messaging, in one place: the
 * access module's communication rules ({@link Reach}), kill switch included. A person is
 * written to when the sender reaches them; a group (a class's pupils, teachers or parents, a
 * structure's, a manual group) when a rule opens it whole or the sender reaches each of its
 * members; a message to the parents of a class goes to the legal guardians of its pupils,
 * each once. Refused recipients are named when the sender knows of them (same school, a group
 * they belong to or partly reach), by their id otherwise.
 */
@Component
class RecipientRules {

    /** A recipient as the sender named it: a person id, {@code class:<id>:<PROFILE>}, {@code structure:…}, {@code group:<id>}. */
    record RecipientRef(Kind kind, String id) {
    }

    enum Reason {
        /** No such person or group, or one the sender may not even see. */
        UNKNOWN,
        /** Seen, but not to be written to by this sender. */
        NOT_ALLOWED
    }

    record Refused(RecipientRef ref, String label, Reason reason) {
    }

    /** A recipient that may be written to, with its name and how many people it stands for. */
    record Addressed(RecipientRef ref, String label, int size) {
    }

    /**
     * What a send may do: the recipients as addressed, the people they stand for (each once, in
     * the first of To, Cc, Bcc that names them; the sender only when named in person) and the
     * refused ones.
     */
    record Decision(List<Addressed> addressed, Map<PersonId, Kind> persons, List<Refused> refused) {

        boolean allowed() {
            return refused.isEmpty();
        }
    }

    private final Reach reach;
    private final Audiences audiences;
    private final DirectoryGroups groups;

    RecipientRules(Reach reach, Audiences audiences, DirectoryGroups groups) {
        this.reach = reach;
        this.audiences = audiences;
        this.groups = groups;
    }

    /** Decides on every recipient at once: a few queries whatever the number of people behind them. */
    Decision check(PreauUser sender, List<RecipientRef> refs) {
        List<RecipientRef> ordered = refs.stream().distinct()
                .sorted(Comparator.comparing(RecipientRef::kind)).toList();
        Set<PersonId> named = new LinkedHashSet<>();
        Set<String> groupIds = new LinkedHashSet<>();
        for (RecipientRef ref : ordered) {
            Optional<UUID> uuid = uuid(ref.id());
            uuid.ifPresent(u -> {
                named.add(new PersonId(u));
                groupIds.add(classPupils(u));
            });
            if (uuid.isEmpty()) {
                groupIds.add(ref.id());
            }
        }
        var targets = reach.targets(sender.personId(), named, groupIds);
        Map<PersonId, String> names = audiences.names(targets.people().entrySet().stream()
                .filter(e -> e.getValue() != Answer.UNKNOWN).map(Map.Entry::getKey).toList());
        List<Addressed> addressed = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<PersonId, Kind> persons = new LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (RecipientRef ref : ordered) {
            Optional<PersonId> person = uuid(ref.id()).map(PersonId::new);
            String groupId = person.map(p -> classPupils(p.value())).orElse(ref.id());
            Answer personAnswer = person.map(p -> targets.people().get(p)).orElse(Answer.UNKNOWN);
            var group = targets.groups().getOrDefault(groupId, new Reach.GroupAnswer(Answer.UNKNOWN, List.of()));
            if (personAnswer == Answer.REACHED) {
                addressed.add(new Addressed(ref, names.getOrDefault(person.get(), ref.id()), 1));
                persons.putIfAbsent(person.get(), ref.kind());
            } else if (group.answer() == Answer.REACHED) {
                addressed.add(new Addressed(ref, groupName(groupId, locale), group.members().size()));
                group.members().forEach(m -> persons.putIfAbsent(m, ref.kind()));
            } else if (personAnswer == Answer.REFUSED) {
                refused.add(new Refused(ref, names.getOrDefault(person.get(), ref.id()), Reason.NOT_ALLOWED));
            } else if (group.answer() == Answer.REFUSED) {
                refused.add(new Refused(ref, groupName(groupId, locale), Reason.NOT_ALLOWED));
            } else {
                refused.add(new Refused(ref, ref.id(), Reason.UNKNOWN));
            }
        }
        return new Decision(addressed, persons, refused);
    }

    private String groupName(String id, Locale locale) {
        return groups.name(id, locale).map(DirectoryGroups.GroupName::name).orElse(id);
    }

    /** A bare uuid may also name a class: the group of its pupils. */
    private static String classPupils(UUID id) {
        return new GroupRef.OfClass(new ClassId(id), Profile.STUDENT).id();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value.length() == 36 ? Optional.of(UUID.fromString(value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
