package org.preau.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's part of "Mes données": the person's record, profiles, classes, teachings,
 * groups, admin functions, family links (the linked people's names only) and photo.
 */
@Component
class DirectoryPersonalData implements PersonalDataPart {

    record Identity(UUID id, String firstName, String lastName, String displayName, @Nullable LocalDate birthDate,
            @Nullable String email, @Nullable String mobile, String state, String source, @Nullable String externalId,
            @Nullable String mefCode, Instant createdAt, Instant updatedAt, @Nullable Instant detachedAt,
            @Nullable Instant blockedAt, @Nullable Instant deleteAfter) {
    }

    record ProfileRow(String profile, UUID structureId, String structure, @Nullable String uai) {
    }

    record ClassRow(UUID classId, String name, String structure) {
    }

    record TeachingRow(String kind, UUID id, String name, String subject, String structure) {
    }

    record GroupRow(UUID groupId, String name, String kind, String structure) {
    }

    record FunctionRow(String function, @Nullable String structure) {
    }

    record FamilyRow(String relation, String displayName, boolean legalGuardian) {
    }

    private final JdbcClient jdbc;

    DirectoryPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "directory";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(PersonId person, PersonalDataExport export) {
        var id = person.value();
        var identity = jdbc.sql("""
                select id, first_name, last_name, display_name, birth_date, email, mobile, state, source, external_id,
                       mef_code, created_at, updated_at, detached_at, blocked_at, delete_after
                from directory.persons where id = :p""")
                .param("p", id)
                .query((rs, n) -> new Identity(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), instant(rs.getTimestamp(12)),
                        instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15)),
                        instant(rs.getTimestamp(16))))
                .optional();
        if (identity.isEmpty()) {
            return;
        }
        export.json("identity", identity.get());
        Map<String, Object> memberships = new LinkedHashMap<>();
        memberships.put("profiles", jdbc.sql("""
                select pp.profile, s.id, s.name, s.uai from directory.person_profiles pp
                join directory.structures s on s.id = pp.structure_id where pp.person_id = :p order by s.name, pp.profile""")
                .param("p", id).query((rs, n) -> new ProfileRow(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4))).list());
        memberships.put("classes", jdbc.sql("""
                select c.id, c.name, s.name from directory.class_members m join directory.classes c on c.id = m.class_id
                join directory.structures s on s.id = c.structure_id where m.person_id = :p order by s.name, c.name""")
                .param("p", id).query((rs, n) -> new ClassRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3))).list());
        memberships.put("teachings", jdbc.sql("""
                select 'CLASS', c.id, c.name, sj.label, s.name from directory.teachings t
                join directory.classes c on c.id = t.class_id join directory.subjects sj on sj.id = t.subject_id
                join directory.structures s on s.id = c.structure_id where t.person_id = :p
                union all
                select 'GROUP', g.id, g.name, sj.label, s.name from directory.group_teachings t
                join directory.groups g on g.id = t.group_id join directory.subjects sj on sj.id = t.subject_id
                join directory.structures s on s.id = g.structure_id where t.person_id = :p
                order by 5, 3, 4""")
                .param("p", id).query((rs, n) -> new TeachingRow(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list());
        memberships.put("groups", jdbc.sql("""
                select g.id, g.name, g.kind, s.name from directory.group_members m join directory.groups g on g.id = m.group_id
                join directory.structures s on s.id = g.structure_id where m.person_id = :p order by s.name, g.name""")
                .param("p", id).query((rs, n) -> new GroupRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list());
        memberships.put("functions", jdbc.sql("""
                select f.function, s.name from directory.functions f left join directory.structures s on s.id = f.structure_id
                where f.person_id = :p order by f.function, s.name""")
                .param("p", id).query((rs, n) -> new FunctionRow(rs.getString(1), rs.getString(2))).list());
        export.json("memberships", memberships);
        export.json("family", jdbc.sql("""
                select 'CHILD', p.display_name, f.legal_guardian from directory.family_links f
                join directory.persons p on p.id = f.child_id where f.relative_id = :p
                union all
                select 'PARENT', p.display_name, f.legal_guardian from directory.family_links f
                join directory.persons p on p.id = f.relative_id where f.child_id = :p
                order by 1, 2""")
                .param("p", id).query((rs, n) -> new FamilyRow(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list());
        jdbc.sql("select content_type, content from directory.photos where person_id = :p").param("p", id)
                .query((rs, n) -> {
                    String type = rs.getString(1);
                    String extension = type.substring(type.indexOf('/') + 1).replace("jpeg", "jpg");
                    try {
                        export.file("photo." + extension, new ByteArrayInputStream(rs.getBytes(2)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return type;
                }).list();
    }

    private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
