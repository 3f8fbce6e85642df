package org.preau.access;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo territory as the access tests use it: accounts as logged-in people, schools, classes, matrix boxes. */
final class AccessDemo {

    static final UUID DIRECTORY_ROLE = UUID.fromString("0a0c0e55-0000-4000-8000-000000000001");
    static final UUID ACCOUNT_ROLE = UUID.fromString("0a0c0e55-0000-4000-8000-000000000002");
    static final UUID LOCAL_ADMIN_ROLE = UUID.fromString("0a0c0e55-0000-4000-8000-000000000003");
    static final UUID CENTRAL_ADMIN_ROLE = UUID.fromString("0a0c0e55-0000-4000-8000-000000000004");

    private final JdbcClient jdbc;
    private final Directory directory;

    AccessDemo(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The person of a demo account, as the session would hold them. */
    PreauUser user(String login) {
        PersonId id = person(login);
        return new PreauUser(id, login, login, directory.roles(id), true, null);
    }

    PersonId person(String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(UUID.class).single());
    }

    StructureId structure(String uai) {
        return new StructureId(jdbc.sql("select id from directory.structures where uai = :u").param("u", uai)
                .query(UUID.class).single());
    }

    String uai(StructureId structure) {
        return jdbc.sql("select uai from directory.structures where id = :s").param("s", structure.value())
                .query(String.class).single();
    }

    UUID classId(String name) {
        return jdbc.sql("select id from directory.classes where name = :n").param("n", name).query(UUID.class).single();
    }

    /** The boxes of a structure's rights matrix ticked now, as its form would send them back. */
    static Set<String> checked(RightsAdmin structures, PreauUser admin, StructureId structure) {
        return structures.view(admin, structure).orElseThrow().matrix().stream()
                .flatMap(line -> line.cells().stream()).filter(RightsAdmin.Cell::checked).map(RightsAdmin.Cell::name)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
