package org.preau.directory;

import java.util.List;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Possible duplicates: two active people with the same name (without accents or case) and
 * either the same birth date or a child in common, one of them in the structure.
 */
@Repository
class DuplicateRepository {

    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    DuplicateRepository(JdbcClient jdbc, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    List<AdminViews.Duplicate> inStructure(StructureId structure) {
        return jdbc.sql("""
                select a.id as a_id, a.display_name as a_name, a.source as a_source, a.external_id as a_ext,
                       b.id as b_id, b.display_name as b_name, b.source as b_source, b.external_id as b_ext, a.birth_date
                from directory.persons a
                join directory.persons b on b.search_text = a.search_text and b.id > a.id and b.state = 'ACTIVE'
                where a.state = 'ACTIVE'
                  and (a.id in (select person_id from directory.person_profiles where structure_id = :s)
                       or b.id in (select person_id from directory.person_profiles where structure_id = :s))
                  and ((a.birth_date is not null and a.birth_date = b.birth_date)
                       or exists (select 1 from directory.family_links fa join directory.family_links fb
                                  on fb.child_id = fa.child_id where fa.relative_id = a.id and fb.relative_id = b.id))
                order by a.last_name, a.first_name limit 200""")
                .param("s", structure.value())
                .query((rs, n) -> new AdminViews.Duplicate(
                        new AdminViews.DuplicateSide(new PersonId(rs.getObject("a_id", UUID.class)), rs.getString("a_name"),
                                rs.getString("a_source"), rs.getString("a_ext")),
                        new AdminViews.DuplicateSide(new PersonId(rs.getObject("b_id", UUID.class)), rs.getString("b_name"),
                                rs.getString("b_source"), rs.getString("b_ext")),
                        rs.getObject("birth_date", java.time.LocalDate.class)))
                .list();
    }

    private static final List<String> MOVE_LINKS = List.of(
            "insert into directory.person_profiles select :k, structure_id, profile from directory.person_profiles where person_id = :r on conflict do nothing",
            "insert into directory.class_members select class_id, :k from directory.class_members where person_id = :r on conflict do nothing",
            "insert into directory.teachings select :k, class_id, subject_id from directory.teachings where person_id = :r on conflict do nothing",
            "insert into directory.family_links select :k, child_id, legal_guardian from directory.family_links where relative_id = :r and child_id <> :k on conflict do nothing",
            "insert into directory.family_links select relative_id, :k, legal_guardian from directory.family_links where child_id = :r and relative_id <> :k on conflict do nothing",
            "insert into directory.group_members select group_id, :k from directory.group_members where person_id = :r on conflict do nothing",
            "insert into directory.group_teachings select :k, group_id, subject_id from directory.group_teachings where person_id = :r on conflict do nothing",
            "insert into directory.functions select :k, function, structure_id from directory.functions where person_id = :r on conflict do nothing");

    /**
     * Moves every link of {@code removed} to {@code kept}, lets {@code kept} take the
     * register id it lacked, then deletes {@code removed}.
     */
    void merge(PersonId kept, PersonId removed) {
        MOVE_LINKS.forEach(sql -> jdbc.sql(sql).param("k", kept.value()).param("r", removed.value()).update());
        var taken = jdbc.sql("select external_id, source, email, birth_date from directory.persons where id = :r")
                .param("r", removed.value())
                .query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class) })
                .single();
        jdbc.sql("delete from directory.persons where id = :r").param("r", removed.value()).update();
        jdbc.sql("""
                update directory.persons set
                  source = case when external_id is null and cast(:ext as text) is not null then :source else source end,
                  external_id = coalesce(external_id, :ext),
                  fingerprint = null, email = coalesce(email, :email), birth_date = coalesce(birth_date, :birth),
                  updated_at = :now
                where id = :k""")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("ext", taken[0]).param("source", taken[1]).param("email", taken[2]).param("birth", taken[3])
                .param("k", kept.value()).update();
    }
}
