package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.access.ShareRights.Level;
import org.preau.access.Sharing.Outcome;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sharing: grants and revokes, levels and extras, inheritance, "shared with me", reach and school isolation. */
@PreauSpringTest
@Import(SharingTest.Types.class)
class SharingTest {

    /** Folders and documents of a pretend application; its folder "managed" is managed by admins. */
    @TestConfiguration
    static class Types {

        @Bean
        SharingType testFolders() {
            return type("test.folder", List.of("publish"));
        }

        @Bean
        SharingType documents() {
            return type("test.document", List.of());
        }

        static SharingType type(String name, List<String> extras) {
            return new SharingType() {
                public String type() {
                    return name;
                }

                public String labelKey() {
                    return "app.name";
                }

                public List<String> extras() {
                    return extras;
                }

                public Optional<Described> describe(String id) {
                    return Optional.of(new Described("Dossier " + id, "/"));
                }

                public boolean manages(PreauUser user, String id) {
                    return id.equals("managed") && user.hasRole("LOCAL_ADMIN");
                }
            };
        }
    }

    @Autowired
    Sharing sharing;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    DemoPeople demo;
    PreauUser paul;
    PreauUser lucas;
    PreauUser classmate;
    ShareRef folder;
    ShareRef document;

    @BeforeEach
    void resources() {
        demo = new DemoPeople(jdbc, directory);
        paul = demo.user("paul.martin");
        lucas = demo.user("lucas.durand");
        classmate = user(demo.pupil("6A", 0));
        String suffix = java.util.UUID.randomUUID().toString();
        folder = new ShareRef("test.folder", "f-" + suffix);
        document = new ShareRef("test.document", "d-" + suffix);
        sharing.register(folder, paul.personId(), null);
        sharing.register(document, paul.personId(), folder);
    }

    private PreauUser user(PersonId id) {
        return new PreauUser(id, "x", "x", directory.roles(id), true, null);
    }

    private static String person(PreauUser user) {
        return Sharing.personKey(user.personId());
    }

    @Test
    void sharesFlowDownToChildrenUnlessTheChildHasItsOwn() {
        assertThat(sharing.canRead(lucas, folder.type(), folder.id())).isFalse();
        assertThat(sharing.share(paul, folder, person(lucas), ShareRights.of(Level.READ))).isEqualTo(Outcome.DONE);
        assertThat(sharing.canRead(lucas, folder.type(), folder.id())).isTrue();
        assertThat(sharing.canRead(lucas, document.type(), document.id())).as("inherited").isTrue();
        assertThat(sharing.canContribute(lucas, document.type(), document.id())).isFalse();

        assertThat(sharing.share(paul, document, person(lucas), ShareRights.of(Level.CONTRIBUTE))).isEqualTo(Outcome.DONE);
        assertThat(sharing.canContribute(lucas, document.type(), document.id())).isTrue();
        assertThat(sharing.canContribute(lucas, folder.type(), folder.id())).isFalse();
        assertThat(sharing.canManage(lucas, document.type(), document.id())).isFalse();
        assertThat(sharing.canManage(paul, document.type(), document.id())).as("owner of the folder").isTrue();

        assertThat(sharing.revoke(paul, folder, person(lucas))).isEqualTo(Outcome.DONE);
        assertThat(sharing.canRead(lucas, folder.type(), folder.id())).isFalse();
        assertThat(sharing.canRead(lucas, document.type(), document.id())).as("its own share stays").isTrue();
    }

    @Test
    void groupsGetWhatIsSharedWithThemAndSharedWithMeListsIt() {
        String pupils6A = "class:" + demo.classId("6A") + ":STUDENT";
        assertThat(sharing.share(paul, folder, pupils6A, ShareRights.of(Level.READ))).isEqualTo(Outcome.DONE);
        assertThat(sharing.canRead(classmate, document.type(), document.id())).isTrue();
        assertThat(sharing.sharedWith(classmate, "test.folder", 50)).contains(folder);
        assertThat(sharing.sharedWith(classmate, "test.document", 50)).contains(document);
        assertThat(sharing.sharedWith(paul, "test.folder", 50)).as("his own").doesNotContain(folder);
        PreauUser pupil6B = user(demo.pupil("6B", 0));
        assertThat(sharing.sharedWith(pupil6B, "test.folder", 50)).doesNotContain(folder);
        assertThat(sharing.canRead(pupil6B, folder.type(), folder.id())).isFalse();
    }

    @Test
    void onlyManagersShareAndOnlyWithPeopleTheyReach() {
        assertThat(sharing.share(paul, folder, person(demo.user("claire.leroy")), ShareRights.of(Level.READ)))
                .as("another school").isEqualTo(Outcome.UNREACHABLE);
        assertThat(sharing.share(paul, folder, "class:" + demo.classId("CE1") + ":STUDENT", ShareRights.of(Level.READ)))
                .isEqualTo(Outcome.UNREACHABLE);
        assertThat(sharing.share(lucas, folder, person(classmate), ShareRights.of(Level.READ))).isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(sharing.share(paul, folder, person(lucas), ShareRights.of(Level.MANAGE))).isEqualTo(Outcome.DONE);
        assertThat(sharing.share(lucas, folder, person(user(demo.pupil("6B", 0))), ShareRights.of(Level.READ)))
                .as("a pupil of another class").isEqualTo(Outcome.UNREACHABLE);
        assertThat(sharing.share(lucas, folder, person(classmate), ShareRights.of(Level.READ))).isEqualTo(Outcome.DONE);
        assertThat(sharing.canRead(classmate, folder.type(), folder.id())).isTrue();
        assertThat(sharing.share(paul, new ShareRef("test.unknown", "x"), person(lucas), ShareRights.of(Level.READ)))
                .isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void extrasAreThoseTheApplicationDeclares() {
        var publish = new ShareRights(Level.CONTRIBUTE, Set.of("publish"));
        assertThat(sharing.share(paul, document, person(lucas), publish)).isEqualTo(Outcome.UNKNOWN_RIGHT);
        assertThat(sharing.share(paul, folder, person(lucas), new ShareRights(Level.READ, Set.of("fly"))))
                .isEqualTo(Outcome.UNKNOWN_RIGHT);
        assertThat(sharing.share(paul, folder, person(lucas), publish)).isEqualTo(Outcome.DONE);
        assertThat(sharing.has(lucas, folder, "publish")).isTrue();
        assertThat(sharing.has(classmate, folder, "publish")).isFalse();
        assertThat(sharing.rights(paul, folder)).hasValue(new ShareRights(Level.MANAGE, Set.of("publish")));
    }

    @Test
    void managersSeeWhoHasAccessOthersDoNot() {
        sharing.share(paul, folder, person(lucas), ShareRights.of(Level.READ));
        sharing.share(paul, document, "class:" + demo.classId("6A") + ":RELATIVE", ShareRights.of(Level.CONTRIBUTE));
        var entries = sharing.entries(paul, document, Locale.FRENCH).orElseThrow();
        assertThat(entries).extracting(Sharing.Entry::name)
                .containsExactly("Parents d'élèves de la classe 6A – Collège Victor Hugo", "Lucas Durand");
        assertThat(entries.get(1).inheritedFrom()).isEqualTo(folder);
        assertThat(entries.get(0).inheritedFrom()).isNull();
        assertThat(sharing.entries(lucas, document, Locale.FRENCH)).isEmpty();
        assertThat(sharing.canContribute(demo.user("sophie.durand"), document.type(), document.id())).isTrue();
    }

    @Test
    void otherSchoolsGetNothingAndApplicationsNameTheirOwnManagers() {
        sharing.share(paul, folder, "structure:" + demo.structure(DemoPeople.COLLEGE) + ":TEACHER", ShareRights.of(Level.READ));
        for (String login : List.of("claire.leroy", "marc.petit", "emma.durand")) {
            assertThat(sharing.canRead(demo.user(login), folder.type(), folder.id())).as(login).isFalse();
            assertThat(sharing.sharedWith(demo.user(login), "test.folder", 50)).as(login).isEmpty();
        }
        assertThat(sharing.canRead(user(demo.named("Thomas Lambert")), folder.type(), folder.id())).isTrue();
        var managed = new ShareRef("test.folder", "managed");
        assertThat(sharing.canManage(demo.user("anne.bernard"), managed.type(), managed.id())).isTrue();
        assertThat(sharing.canManage(paul, managed.type(), managed.id())).isFalse();
        assertThat(sharing.share(demo.user("anne.bernard"), managed, person(paul), ShareRights.of(Level.CONTRIBUTE)))
                .isEqualTo(Outcome.DONE);
        assertThat(sharing.canContribute(paul, managed.type(), managed.id())).isTrue();
    }
}
