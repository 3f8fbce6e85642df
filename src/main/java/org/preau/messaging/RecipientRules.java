package org.preau.messaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.directory.Audiences;
import org.preau.messaging.MessageViews.Kind;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Component;

/**
 * Every "may this sender write to that recipient" decision of messaging, in one place. For now
 * it follows the annuaire: a person may write to the people they may see there, to the groups
 * of their school if they are staff or teachers, to the teachers of their classes (pupils) or of
 * their children's classes (parents), to manual groups they belong to; parents never reach
 * another family, nobody reaches another school. The access module's communication rules
 * replace this body when they exist; the interface stays.
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

    private final Audiences audiences;

    RecipientRules(Audiences audiences) {
        this.audiences = audiences;
    }

    Decision check(PreauUser sender, List<RecipientRef> refs) {
        List<RecipientRef> ordered = refs.stream().distinct()
                .sorted(Comparator.comparing(RecipientRef::kind)).toList();
        List<PersonId> named = ordered.stream().map(r -> uuid(r.id())).flatMap(Optional::stream)
                .map(PersonId::new).toList();
        Map<PersonId, String> visible = audiences.visiblePersons(sender, named);
        List<Addressed> addressed = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<PersonId, Kind> persons = new LinkedHashMap<>();
        for (RecipientRef ref : ordered) {
            Optional<PersonId> person = uuid(ref.id()).map(PersonId::new).filter(visible::containsKey);
            if (person.isPresent()) {
                addressed.add(new Addressed(ref, visible.get(person.get()), 1));
                persons.putIfAbsent(person.get(), ref.kind());
                continue;
            }
            var audience = audiences.audience(sender, ref.id());
            if (audience.isEmpty()) {
                refused.add(new Refused(ref, ref.id(), Reason.UNKNOWN));
            } else if (!audience.get().addressable()) {
                refused.add(new Refused(ref, audience.get().name(), Reason.NOT_ALLOWED));
            } else {
                var members = audience.get().members().stream().filter(m -> !m.equals(sender.personId())).toList();
                addressed.add(new Addressed(ref, audience.get().name(), members.size()));
                members.forEach(m -> persons.putIfAbsent(m, ref.kind()));
            }
        }
        return new Decision(addressed, persons, refused);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value.length() == 36 ? Optional.of(UUID.fromString(value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
