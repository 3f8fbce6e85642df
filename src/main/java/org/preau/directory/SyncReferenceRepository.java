package org.preau.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.directory.SyncModel.SyncMef;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.platform.ClassId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Structures, classes, subjects and MEF levels as imports create and find them. */
@Repository
class SyncReferenceRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SyncReferenceRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The structure of this register id, or the one with its UAI (then attached to the register). */
    Optional<StructureId> findStructure(SyncStructure s) {
        var byId = jdbc.sql("select id from directory.structures where external_id = :id")
                .param("id", s.externalId()).query(UUID.class).optional();
        if (byId.isPresent() || s.uai() == null) {
            return byId.map(StructureId::new);
        }
        return jdbc.sql("select id from directory.structures where uai = :uai").param("uai", s.uai())
                .query(UUID.class).optional().map(StructureId::new);
    }

    Optional<StructureId> findByUai(String uai) {
        return jdbc.sql("select id from directory.structures where uai = :uai").param("uai", uai)
                .query(UUID.class).optional().map(StructureId::new);
    }

    void updateStructure(StructureId id, SyncStructure s, String source) {
        jdbc.sql("""
                update directory.structures set external_id = :ext, name = :name, type = :type, source = :source,
                       uai = coalesce(:uai, uai)
                where id = :id""")
                .param("ext", s.externalId()).param("name", s.name()).param("type", s.type().name())
                .param("source", source).param("uai", s.uai()).param("id", id.value()).update();
    }

    StructureId insertStructure(SyncStructure s, String source) {
        return new StructureId(jdbc.sql("""
                insert into directory.structures (uai, name, type, external_id, source)
                values (:uai, :name, :type, :ext, :source) returning id""")
                .param("uai", s.uai()).param("name", s.name()).param("type", s.type().name())
                .param("ext", s.externalId()).param("source", source).query(UUID.class).single());
    }

    /** Register id → structure, for every structure that has one. */
    Map<String, StructureId> structuresByExternalId() {
        Map<String, StructureId> result = new HashMap<>();
        jdbc.sql("select external_id, id from directory.structures where external_id is not null")
                .query(rs -> {
                    result.put(rs.getString(1), new StructureId(rs.getObject(2, UUID.class)));
                });
        return result;
    }

    void upsertMefs(List<SyncMef> mefs) {
        batch.batchUpdate("""
                insert into directory.mefs (code, label) values (?, ?)
                on conflict (code) do update set label = excluded.label""",
                mefs, 1000, (ps, m) -> {
                    ps.setString(1, m.code());
                    ps.setString(2, m.label());
                });
    }

    /** (structure, class name) → class, creating the missing classes. */
    Map<String, ClassId> ensureClasses(Map<String, StructureId> wanted) {
        Map<String, ClassId> result = new HashMap<>();
        jdbc.sql("select structure_id, name, id from directory.classes").query(rs -> {
            result.put(key(new StructureId(rs.getObject(1, UUID.class)), rs.getString(2)),
                    new ClassId(rs.getObject(3, UUID.class)));
        });
        List<Object[]> missing = new ArrayList<>();
        wanted.forEach((key, structure) -> {
            if (!result.containsKey(key)) {
                UUID id = UUID.randomUUID();
                String name = key.substring(key.indexOf('|') + 1);
                missing.add(new Object[] { id, structure.value(), name });
                result.put(key, new ClassId(id));
            }
        });
        batch.batchUpdate("insert into directory.classes (id, structure_id, name) values (?, ?, ?)", missing);
        return result;
    }

    /** (structure, subject code) → subject, creating the missing subjects with their labels. */
    Map<String, UUID> ensureSubjects(Map<String, StructureId> wanted, Map<String, String> labels, String source) {
        Map<String, UUID> result = new HashMap<>();
        jdbc.sql("select structure_id, code, id from directory.subjects").query(rs -> {
            result.put(key(new StructureId(rs.getObject(1, UUID.class)), rs.getString(2)), rs.getObject(3, UUID.class));
        });
        List<Object[]> missing = new ArrayList<>();
        wanted.forEach((key, structure) -> {
            if (!result.containsKey(key)) {
                UUID id = UUID.randomUUID();
                String code = key.substring(key.indexOf('|') + 1);
                missing.add(new Object[] { id, structure.value(), code, labels.getOrDefault(code, code), source });
                result.put(key, id);
            }
        });
        batch.batchUpdate("insert into directory.subjects (id, structure_id, code, label, source) values (?, ?, ?, ?, ?)",
                missing);
        return result;
    }

    /** (structure, register's group name) → group, creating the missing teaching groups of the register. */
    Map<String, UUID> ensureGroups(Map<String, StructureId> wanted, String source) {
        Map<String, UUID> result = new HashMap<>();
        jdbc.sql("select structure_id, external_id, id from directory.groups where external_id is not null")
                .query(rs -> {
                    result.put(key(new StructureId(rs.getObject(1, UUID.class)), rs.getString(2)),
                            rs.getObject(3, UUID.class));
                });
        List<Object[]> missing = new ArrayList<>();
        wanted.forEach((key, structure) -> {
            if (!result.containsKey(key)) {
                UUID id = UUID.randomUUID();
                String name = key.substring(key.indexOf('|') + 1);
                missing.add(new Object[] { id, structure.value(), name, name, source });
                result.put(key, id);
            }
        });
        batch.batchUpdate("""
                insert into directory.groups (id, structure_id, name, kind, external_id, source, teaching)
                values (?, ?, ?, 'MANUAL', ?, ?, true)""", missing);
        return result;
    }

    static String key(StructureId structure, String name) {
        return structure.value() + "|" + name;
    }
}
