package org.preau.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of visas. */
@Repository
class VisaRepository {

    /** A visa given to a teacher's book. */
    record Visa(UUID id, PersonId teacher, PersonId signer, LocalDate coversTo, String comment, Instant signedAt) {
    }

    private final JdbcClient jdbc;

    VisaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(StructureId structure, PersonId teacher, PersonId signer, LocalDate coversTo, String comment,
            Instant now) {
        return jdbc.sql("""
                insert into diary.visas (structure_id, teacher_id, signer_id, covers_to, comment, signed_at)
                values (:s, :t, :signer, :to, :comment, :now) returning id""")
                .param("s", structure.value()).param("t", teacher.value()).param("signer", signer.value())
                .param("to", coversTo).param("comment", comment).param("now", Times.ts(now))
                .query(UUID.class).single();
    }

    List<Visa> ofTeacher(StructureId structure, PersonId teacher) {
        return jdbc.sql("""
                select * from diary.visas where structure_id = :s and teacher_id = :t order by signed_at desc""")
                .param("s", structure.value()).param("t", teacher.value())
                .query((rs, n) -> new Visa(rs.getObject("id", UUID.class), teacher,
                        new PersonId(rs.getObject("signer_id", UUID.class)), rs.getObject("covers_to", LocalDate.class),
                        rs.getString("comment"), Times.instant(rs, "signed_at")))
                .list();
    }
}
