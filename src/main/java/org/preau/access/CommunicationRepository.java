package org.preau.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Profile;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Communication rules, explicit rules between groups and kill switches. */
@Repository
class CommunicationRepository {

    private static final UUID NONE = new UUID(0, 0);

    private final JdbcClient jdbc;

    CommunicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What reach needs in one round trip: the rules in force, the explicit rules from some groups, the suspensions. */
    record ReachRules(RuleSet rules, List<ReachLink> links, Map<StructureId, KillSwitch.Mode> suspensions) {
    }

    /** An explicit rule as reach reads it. */
    record ReachLink(String fromGroup, String toGroup, StructureId toStructure) {
    }

    /** The rules of these structures and classes, the explicit rules from these groups and every suspension. */
    ReachRules reachRules(Collection<StructureId> structures, Collection<ClassId> classes, Collection<String> groups) {
        List<RuleSet.Row> rules = new java.util.ArrayList<>();
        List<ReachLink> links = new java.util.ArrayList<>();
        Map<StructureId, KillSwitch.Mode> suspensions = new HashMap<>();
        jdbc.sql("""
                select 'R', structure_id, class_id, scope, from_profile, to_profile, allowed, locked
                from access.communication_rules
                where structure_id is null
                   or structure_id = any(:structures) and (class_id is null or class_id = any(:classes))
                union all
                select 'L', from_structure, to_structure, from_group, to_group, null, null, null
                from access.communication_links where from_group = any(:groups)
                union all
                select 'K', structure_id, null, mode, null, null, null, null from access.kill_switches""")
                .param("structures", structures.stream().map(StructureId::value).distinct().toArray(UUID[]::new))
                .param("classes", classes.stream().map(ClassId::value).distinct().toArray(UUID[]::new))
                .param("groups", groups.toArray(String[]::new))
                .query((rs, n) -> {
                    switch (rs.getString(1)) {
                        case "R" -> rules.add(ruleAt(rs, 1));
                        case "L" -> links.add(new ReachLink(rs.getString(4), rs.getString(5),
                                new StructureId(rs.getObject(3, UUID.class))));
                        default -> suspensions.put(new StructureId(rs.getObject(2, UUID.class)),
                                KillSwitch.Mode.valueOf(rs.getString(4)));
                    }
                    return 0;
                })
                .list();
        return new ReachRules(new RuleSet(rules), links, suspensions);
    }

    /** The defaults and every override of one structure, its classes' included. */
    RuleSet rulesOf(@Nullable StructureId structure) {
        return new RuleSet(jdbc.sql("""
                select structure_id, class_id, scope, from_profile, to_profile, allowed, locked
                from access.communication_rules where structure_id is null or structure_id = :s""")
                .param("s", structure == null ? NONE : structure.value())
                .query(CommunicationRepository::row).list());
    }

    private static RuleSet.Row row(ResultSet rs, int n) throws SQLException {
        return ruleAt(rs, 0);
    }

    /** A rule read from the columns after the first {@code skip}. */
    private static RuleSet.Row ruleAt(ResultSet rs, int skip) throws SQLException {
        UUID structure = rs.getObject(skip + 1, UUID.class);
        UUID classId = rs.getObject(skip + 2, UUID.class);
        return new RuleSet.Row(structure == null ? null : new StructureId(structure),
                classId == null ? null : new ClassId(classId),
                new CommunicationTemplate(CommunicationScope.valueOf(rs.getString(skip + 3)),
                        Profile.valueOf(rs.getString(skip + 4)), Profile.valueOf(rs.getString(skip + 5))),
                rs.getBoolean(skip + 6), rs.getBoolean(skip + 7));
    }

    void setRule(@Nullable StructureId structure, @Nullable ClassId classId, CommunicationTemplate template,
            boolean allowed, boolean locked, PersonId by, Instant at) {
        jdbc.sql("""
                insert into access.communication_rules
                    (structure_id, class_id, scope, from_profile, to_profile, allowed, locked, updated_by, updated_at)
                values (:s, :c, :scope, :from, :to, :allowed, :locked, :by, :at)
                on conflict (coalesce(structure_id, '00000000-0000-0000-0000-000000000000'),
                             coalesce(class_id, '00000000-0000-0000-0000-000000000000'), scope, from_profile, to_profile)
                do update set allowed = excluded.allowed, locked = excluded.locked, updated_by = excluded.updated_by,
                              updated_at = excluded.updated_at""")
                .param("s", structure == null ? null : structure.value())
                .param("c", classId == null ? null : classId.value())
                .param("scope", template.scope().name()).param("from", template.from().name())
                .param("to", template.to().name()).param("allowed", allowed).param("locked", locked)
                .param("by", by.value()).param("at", java.sql.Timestamp.from(at)).update();
    }

    /** Removes a structure's or a class's override (never a default). */
    void removeRule(StructureId structure, @Nullable ClassId classId, CommunicationTemplate template) {
        jdbc.sql("""
                delete from access.communication_rules
                where structure_id = :s and coalesce(class_id, '00000000-0000-0000-0000-000000000000') = :c
                  and scope = :scope and from_profile = :from and to_profile = :to""")
                .param("s", structure.value()).param("c", classId == null ? NONE : classId.value())
                .param("scope", template.scope().name()).param("from", template.from().name())
                .param("to", template.to().name()).update();
    }

    // --- explicit rules between groups ---

    /** An explicit rule: members of {@code fromGroup} may reach every member of {@code toGroup}. */
    record Link(UUID id, String fromGroup, StructureId fromStructure, String toGroup, StructureId toStructure) {
    }

    private static final String LINK = "select id, from_group, from_structure, to_group, to_structure from access.communication_links ";

    /** The rules of a structure: those from or to one of its groups; cross-school ones when {@code cross}. */
    List<Link> linksOf(@Nullable StructureId structure, boolean cross) {
        return jdbc.sql(LINK + """
                where (from_structure = :s or to_structure = :s) or (:cross and from_structure <> to_structure)
                order by created_at""")
                .param("s", structure == null ? NONE : structure.value()).param("cross", cross)
                .query(CommunicationRepository::link).list();
    }

    Optional<Link> link(UUID id) {
        return jdbc.sql(LINK + "where id = :id").param("id", id).query(CommunicationRepository::link).optional();
    }

    void insertLink(String from, StructureId fromStructure, String to, StructureId toStructure, PersonId by, Instant at) {
        jdbc.sql("""
                insert into access.communication_links (from_group, from_structure, to_group, to_structure, created_by, created_at)
                values (:f, :fs, :t, :ts, :by, :at) on conflict do nothing""")
                .param("f", from).param("fs", fromStructure.value()).param("t", to).param("ts", toStructure.value())
                .param("by", by.value()).param("at", java.sql.Timestamp.from(at)).update();
    }

    void deleteLink(UUID id) {
        jdbc.sql("delete from access.communication_links where id = :id").param("id", id).update();
    }

    private static Link link(ResultSet rs, int n) throws SQLException {
        return new Link(rs.getObject(1, UUID.class), rs.getString(2), new StructureId(rs.getObject(3, UUID.class)),
                rs.getString(4), new StructureId(rs.getObject(5, UUID.class)));
    }

    // --- kill switches ---

    /** Every structure whose communications are suspended (few: read them all). */
    Map<StructureId, KillSwitch.Suspension> suspensions() {
        Map<StructureId, KillSwitch.Suspension> all = new HashMap<>();
        jdbc.sql("select structure_id, mode, reason, set_at from access.kill_switches")
                .query((rs, n) -> new KillSwitch.Suspension(new StructureId(rs.getObject(1, UUID.class)),
                        KillSwitch.Mode.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list().forEach(s -> all.put(s.structure(), s));
        return all;
    }

    void suspend(StructureId structure, KillSwitch.Mode mode, String reason, PersonId by, Instant at) {
        jdbc.sql("""
                insert into access.kill_switches (structure_id, mode, reason, set_by, set_at) values (:s, :m, :r, :by, :at)
                on conflict (structure_id) do update set mode = excluded.mode, reason = excluded.reason,
                    set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("s", structure.value()).param("m", mode.name()).param("r", reason).param("by", by.value())
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    void lift(StructureId structure) {
        jdbc.sql("delete from access.kill_switches where structure_id = :s").param("s", structure.value()).update();
    }
}
