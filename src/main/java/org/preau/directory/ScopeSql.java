package org.preau.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The people and classes of a {@link SearchScope} as SQL common table expressions, and the
 * parameters they read. Groups are expanded as the function {@code directory.affiliations} ({@link AffiliationRepository}) defines them.
 */
final class ScopeSql {

    private static final String PEOPLE = """
            %1$s(person_id) as (
                select m.person_id from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.person_profiles pp on pp.person_id = m.person_id and pp.structure_id = c.structure_id
                     and pp.profile = 'STUDENT'
                where m.class_id = any(:%2$sClassStudents)
                union select t.person_id from directory.teachings t where t.class_id = any(:%2$sClassTeachers)
                union select m.person_id from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.person_profiles pp on pp.person_id = m.person_id and pp.structure_id = c.structure_id
                     and pp.profile = 'TEACHER'
                where m.class_id = any(:%2$sClassTeachers)
                union select f.relative_id from directory.family_links f
                join directory.class_members m on m.person_id = f.child_id join directory.classes c on c.id = m.class_id
                join directory.person_profiles pp on pp.person_id = f.child_id and pp.structure_id = c.structure_id
                     and pp.profile = 'STUDENT'
                where m.class_id = any(:%2$sClassRelatives)
                union select pp.person_id
                from unnest(cast(:%2$sStructures as uuid[]), cast(:%2$sProfiles as text[])) as s(structure_id, profile)
                cross join lateral (select person_id from directory.person_profiles
                                    where structure_id = s.structure_id and profile = s.profile) pp
                union select gm.person_id from directory.group_members gm where gm.group_id = any(:%2$sGroups)
                union select gm.person_id from directory.group_members gm join directory.groups g on g.id = gm.group_id
                where gm.group_id = any(:%2$sGroupsWithoutPupils)
                  and not exists (select 1 from directory.person_profiles pp where pp.person_id = gm.person_id
                                  and pp.structure_id = g.structure_id and pp.profile = 'STUDENT')
                union select unnest(cast(:%2$sPersons as uuid[]))
            )
            """;

    /** {@code with} clause naming {@code visible(person_id)} and {@code visible_classes(class_id)} of the scope. */
    static final String WITH = "with " + people("visible", "scope") + """
            , visible_classes as (
                select id as class_id from directory.classes
                where id = any(:scopeClasses) or structure_id = any(:scopePupilStructures)
            )
            """;

    private ScopeSql() {
    }

    /** A common table expression {@code name(person_id)} of the people of the scope bound under {@code prefix}. */
    static String people(String name, String prefix) {
        return PEOPLE.formatted(name, prefix);
    }

    /** Binds the parameters of a scope under {@code prefix} (the parameters of {@link #WITH}: {@code scope}). */
    static StatementSpec bind(StatementSpec spec, String prefix, SearchScope scope) {
        List<UUID> classStudents = new ArrayList<>();
        List<UUID> classTeachers = new ArrayList<>();
        List<UUID> classRelatives = new ArrayList<>();
        List<UUID> classes = new ArrayList<>();
        List<UUID> structures = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        List<UUID> pupilStructures = new ArrayList<>();
        for (String id : scope.groups()) {
            AutoGroups.parse(id).ifPresent(key -> {
                if (key.classId() != null) {
                    classes.add(key.classId().value());
                    switch (key.profile()) {
                        case STUDENT -> classStudents.add(key.classId().value());
                        case TEACHER -> classTeachers.add(key.classId().value());
                        case RELATIVE -> classRelatives.add(key.classId().value());
                        default -> { }
                    }
                } else if (key.structureId() != null) {
                    structures.add(key.structureId().value());
                    profiles.add(key.profile().name());
                    if (key.profile() == Profile.STUDENT) {
                        pupilStructures.add(key.structureId().value());
                    }
                }
            });
        }
        spec = spec.param(prefix + "ClassStudents", uuids(classStudents))
                .param(prefix + "ClassTeachers", uuids(classTeachers))
                .param(prefix + "ClassRelatives", uuids(classRelatives))
                .param(prefix + "Structures", uuids(structures))
                .param(prefix + "Profiles", profiles.toArray(String[]::new))
                .param(prefix + "Groups", manual(scope.groups()))
                .param(prefix + "GroupsWithoutPupils", manual(scope.groupsWithoutPupils()))
                .param(prefix + "Persons", scope.persons().stream().map(PersonId::value).toArray(UUID[]::new));
        return "scope".equals(prefix)
                ? spec.param("scopeClasses", uuids(classes)).param("scopePupilStructures", uuids(pupilStructures))
                : spec;
    }

    private static UUID[] manual(Set<String> ids) {
        return ids.stream().map(DirectoryGroups::manualId).flatMap(Optional::stream).toArray(UUID[]::new);
    }

    private static UUID[] uuids(List<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }
}
