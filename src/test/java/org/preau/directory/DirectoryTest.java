package org.preau.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.directory.DirectoryViews.PersonCard;
import org.preau.platform.PersonId;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directory's read model on the embedded database, against the demo territory. */
@PreauSpringTest
class DirectoryTest {

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    private PersonCard card(String login) {
        var id = jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(java.util.UUID.class).single();
        return directory.card(new PersonId(id)).orElseThrow();
    }

    @Test
    void teacherCardListsTaughtClassesWithSubjects() {
        var card = card("paul.martin");
        assertThat(card.profiles()).containsExactly(Profile.TEACHER);
        assertThat(card.classes()).extracting(ClassRef::name).containsExactly("5A", "6A");
        assertThat(card.classes()).allSatisfy(c -> assertThat(c.subjects()).containsExactly("Mathématiques"));
    }

    @Test
    void parentCardListsChildrenWithTheirClasses() {
        var card = card("sophie.durand");
        assertThat(card.children()).extracting(c -> c.displayName() + " " + c.classes().getFirst().name())
                .containsExactlyInAnyOrder("Lucas Durand 6A", "Emma Durand CE1");
        assertThat(card.structures()).hasSize(2);
    }

    @Test
    void rolesFollowProfilesAndFunctions() {
        assertThat(directory.roles(card("anne.bernard").id())).containsExactlyInAnyOrder("ROLE_PERSONNEL", "ROLE_LOCAL_ADMIN");
        assertThat(directory.roles(card("admin.region").id())).containsExactly("ROLE_CENTRAL_ADMIN");
        assertThat(directory.roles(card("emma.durand").id())).containsExactly("ROLE_STUDENT");
    }

    @Test
    void unknownPersonHasNoCard() {
        assertThat(directory.card(PersonId.of("00000000-0000-0000-0000-000000000000"))).isEmpty();
    }

    @Test
    void aCardKeptInMemoryFollowsEveryWriteOfTheDirectory() {
        var before = card("lucas.durand");
        assertThat(card("lucas.durand")).isSameAs(before); // kept while nothing changed
        jdbc.sql("update directory.persons set first_name = 'Luc' where id = :id").param("id", before.id().value()).update();
        assertThat(card("lucas.durand").firstName()).isEqualTo("Luc");
        var sixB = jdbc.sql("select id from directory.classes where name = '6B'").query(java.util.UUID.class).single();
        jdbc.sql("insert into directory.class_members (class_id, person_id) values (:c, :p)")
                .param("c", sixB).param("p", before.id().value()).update();
        assertThat(card("lucas.durand").classes()).extracting(ClassRef::name).contains("6A", "6B");
    }
}
