package org.preau.directory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people and groups a person may address, as the annuaire shows them, and who is behind
 * a group: what messaging needs to expand "parents of 6A" into people. Group ids are those of
 * the annuaire: {@code class:<id>:<PROFILE>}, {@code structure:<id>:<PROFILE>} ({@link AutoGroups}),
 * {@code group:<id>} (manual groups); a bare class id stands for the pupils of the class.
 */
@Service
@Transactional(readOnly = true)
public class Audiences {

    /**
     * A group as a viewer sees it: its name, whether the annuaire offers it to them to write to
     * (staff of its structure: every group; a pupil or parent: the teachers of their classes;
     * members of a manual group: that group), and its active members.
     */
    public record Audience(String id, String name, boolean addressable, List<PersonId> members) {
    }

    private final AudienceRepository repository;
    private final MessageSource messages;

    Audiences(AudienceRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /** The active people among {@code targets} whom {@code viewer} may see in the annuaire, with their names. */
    public Map<PersonId, String> visiblePersons(PreauUser viewer, Collection<PersonId> targets) {
        return repository.visible(viewer.personId(), everyone(viewer), targets);
    }

    /** Display names of people (any state), for showing who wrote to whom. */
    public Map<PersonId, String> names(Collection<PersonId> ids) {
        return repository.names(ids);
    }

    /** The group or class named by {@code id}, if it exists and the viewer may see it. */
    public Optional<Audience> audience(PreauUser viewer, String id) {
        if (id.startsWith("group:")) {
            return uuid(id.substring("group:".length())).flatMap(group -> manual(viewer, id, group));
        }
        Optional<AutoGroups.GroupKey> key = uuid(id).isPresent()
                ? uuid(id).map(c -> new AutoGroups.GroupKey(new org.preau.platform.ClassId(c), null, Profile.STUDENT))
                : AutoGroups.parse(id);
        return key.flatMap(k -> automatic(viewer, id, k));
    }

    private Optional<Audience> manual(PreauUser viewer, String id, UUID group) {
        return repository.groupOwner(group)
                .filter(owner -> everyone(viewer) || repository.staffOf(viewer.personId(), owner.structure())
                        || repository.memberOf(viewer.personId(), group))
                .map(owner -> new Audience(id, owner.name(), true, repository.groupMembers(group)));
    }

    private Optional<Audience> automatic(PreauUser viewer, String id, AutoGroups.GroupKey key) {
        if (key.classId() != null) {
            UUID classId = key.classId().value();
            return repository.classOwner(classId).flatMap(owner -> {
                boolean staff = everyone(viewer) || repository.staffOf(viewer.personId(), owner.structure());
                boolean related = staff || repository.related(viewer.personId(), classId);
                if (!related) {
                    return Optional.empty();
                }
                return Optional.of(new Audience(id, name(key, owner.name() + " – " + owner.structureName()),
                        staff || key.profile() == Profile.TEACHER, repository.classMembers(classId, key.profile())));
            });
        }
        UUID structure = key.structureId().value();
        return repository.structureOwner(structure)
                .filter(owner -> everyone(viewer) || repository.staffOf(viewer.personId(), structure))
                .map(owner -> new Audience(id, name(key, owner.name()), true,
                        repository.structureMembers(structure, key.profile())));
    }

    private String name(AutoGroups.GroupKey key, String of) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key.nameKey(), new Object[] { of }, locale);
    }

    private static boolean everyone(PreauUser viewer) {
        return viewer.hasRole(AdminFunction.CENTRAL_ADMIN.name());
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value.length() == 36 ? Optional.of(UUID.fromString(value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
