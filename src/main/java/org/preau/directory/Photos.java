package org.preau.directory;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile photos: JPEG, PNG or WebP recognised by their first bytes (never by name or
 * declared type, never SVG), 2 MB at most; shown to the person, to admins of their school
 * and to those who may see them in the annuaire.
 */
@Service
public class Photos {

    private static final Logger log = LoggerFactory.getLogger(Photos.class);

    /** Largest photo accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** A stored photo. */
    public record Photo(String contentType, byte[] content) {
    }

    /** What became of an upload. */
    public enum Outcome {
        SAVED, TOO_LARGE, NOT_AN_IMAGE
    }

    private final JdbcClient jdbc;
    private final VisibilityPolicy visibility;
    private final DirectoryAdmin admin;

    private final java.time.Clock clock;

    Photos(JdbcClient jdbc, VisibilityPolicy visibility, DirectoryAdmin admin, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.admin = admin;
    }

    @Transactional
    public Outcome save(PersonId person, byte[] content) {
        if (content.length > MAX_BYTES) {
            log.warn("Photo of person {} refused: {} bytes", person, content.length);
            return Outcome.TOO_LARGE;
        }
        String type = type(content);
        if (type == null) {
            log.warn("Photo of person {} refused: not a JPEG, PNG or WebP image", person);
            return Outcome.NOT_AN_IMAGE;
        }
        jdbc.sql("""
                insert into directory.photos (person_id, content_type, content, updated_at) values (:p, :t, :c, :now)
                on conflict (person_id) do update set content_type = excluded.content_type, content = excluded.content,
                    updated_at = excluded.updated_at""")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("p", person.value()).param("t", type).param("c", content).update();
        return Outcome.SAVED;
    }

    @Transactional
    public void delete(PersonId person) {
        jdbc.sql("delete from directory.photos where person_id = :p").param("p", person.value()).update();
    }

    public boolean has(PersonId person) {
        return jdbc.sql("select exists (select 1 from directory.photos where person_id = :p)")
                .param("p", person.value()).query(Boolean.class).single();
    }

    /** The photo of {@code person} if there is one and {@code viewer} may see that person. */
    @Transactional(readOnly = true)
    public Optional<Photo> photo(PreauUser viewer, PersonId person) {
        boolean allowed = viewer.personId().equals(person)
                || viewer.hasRole(AdminFunction.CENTRAL_ADMIN.name())
                || admin.administers(viewer, person)
                || visibility.canSee(viewer.personId(), person);
        if (!allowed) {
            return Optional.empty();
        }
        return jdbc.sql("select content_type, content from directory.photos where person_id = :p")
                .param("p", person.value())
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    static @Nullable String type(byte[] c) {
        if (c.length > 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (c.length > 8 && Arrays.equals(Arrays.copyOf(c, 8),
                new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 })) {
            return "image/png";
        }
        if (c.length > 12 && c[0] == 'R' && c[1] == 'I' && c[2] == 'F' && c[3] == 'F' && c[8] == 'W' && c[9] == 'E'
                && c[10] == 'B' && c[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
