package org.preau.directory;

import java.util.List;
import java.util.UUID;

import org.preau.directory.DirectoryViews.ChildRef;
import org.preau.platform.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal guardians: the relatives who act for a child (download the child's data, "Mes
 * données"). A relative who is not the child's legal guardian is not one.
 */
@Service
@Transactional(readOnly = true)
public class Guardians {

    private final JdbcClient jdbc;
    private final Directory directory;

    Guardians(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The children of whom {@code relative} is a legal guardian, with their classes. */
    public List<ChildRef> wards(PersonId relative) {
        var ids = jdbc.sql("""
                select child_id from directory.family_links where relative_id = :r and legal_guardian""")
                .param("r", relative.value()).query(UUID.class).set();
        return directory.children(relative).stream().filter(c -> ids.contains(c.id().value())).toList();
    }

    /** Whether {@code relative} is a legal guardian of {@code child}. */
    public boolean isGuardian(PersonId relative, PersonId child) {
        return jdbc.sql("""
                select count(*) from directory.family_links
                where relative_id = :r and child_id = :c and legal_guardian""")
                .param("r", relative.value()).param("c", child.value()).query(Integer.class).single() > 0;
    }
}
