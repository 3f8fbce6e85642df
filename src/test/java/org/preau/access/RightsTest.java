package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.access.RightsAdmin.Granted;
import org.preau.access.RolesRepository.Mode;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryGroups;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evaluating rights on the demo territory: the territory's defaults per profile, a school
 * adapting them within what the territory allows, grants to classes and groups, revocation.
 */
@PreauSpringTest
class RightsTest {

    private static final UUID DIRECTORY_ROLE = AccessDemo.DIRECTORY_ROLE;
    private static final UUID LOCAL_ADMIN_ROLE = AccessDemo.LOCAL_ADMIN_ROLE;

    @Autowired
    Rights rights;

    @Autowired
    RightsAdmin structures;

    @Autowired
    RolesAdmin roles;

    @Autowired
    Directory directory;

    @Autowired
    DirectoryGroups groups;

    @Autowired
    JdbcClient jdbc;

    private AccessDemo demo;

    @BeforeEach
    void demo() {
        demo = new AccessDemo(jdbc, directory);
    }

    /** Each test starts from the territory's seeded rules. */
    @AfterEach
    void backToTheSeededRules() {
        SeededRules.restore(jdbc, rights);
    }

    @Test
    void everyProfileHasTheTerritorysDefaults() {
        for (String login : new String[] { "lucas.durand", "paul.martin", "sophie.durand", "claire.leroy" }) {
            assertThat(rights.actions(user(login))).as(login)
                    .containsExactlyInAnyOrder("directory.search", "directory.class-page", "account.edit");
        }
        PreauUser anne = user("anne.bernard");
        assertThat(rights.allowed(anne, "console.manage-people", structure("0930002B"))).isTrue();
        assertThat(rights.allowed(anne, "console.manage-people", structure("0930001A"))).isFalse();
        assertThat(rights.allowed(anne, "access.roles")).isFalse();
        PreauUser central = user("admin.region");
        assertThat(rights.allowed(central, "access.roles")).isTrue();
        assertThat(rights.allowed(central, "console.imports", structure("0930001A"))).isTrue();
        assertThat(rights.allowed(central, "console.imports", structure("0930002B"))).isTrue();
    }

    @Test
    void aLocalAdminWithdrawsADefaultRoleInTheirSchoolOnly() {
        PreauUser anne = user("anne.bernard");
        PreauUser paul = user("paul.martin");
        assertThat(structures.saveMatrix(anne, structure("0930002B"), everythingCheckedBut(anne, "0930002B",
                DIRECTORY_ROLE + ":TEACHER"))).isTrue();
        assertThat(rights.allowed(paul, "directory.search")).isFalse();
        assertThat(rights.allowed(paul, "account.edit")).isTrue();
        assertThat(rights.allowed(user("claire.leroy"), "directory.search")).as("a teacher of another school").isTrue();
        assertThat(rights.allowed(user("lucas.durand"), "directory.search")).as("a pupil of the school").isTrue();

        Set<String> again = everythingCheckedBut(anne, "0930002B", "");
        again.add(DIRECTORY_ROLE + ":TEACHER");
        assertThat(structures.saveMatrix(anne, structure("0930002B"), again)).isTrue();
        assertThat(rights.allowed(paul, "directory.search")).isTrue();
    }

    @Test
    void aLocalAdminCannotGiveWhatTheTerritoryDoesNotAllowTheProfile() {
        PreauUser anne = user("anne.bernard");
        StructureId college = structure("0930002B");
        assertThat(structures.grant(anne, college, "class:" + classId("6A") + ":STUDENT", LOCAL_ADMIN_ROLE))
                .isEqualTo(Granted.BEYOND_LIMITS);
        Set<String> cells = everythingCheckedBut(anne, "0930002B", "");
        cells.add(LOCAL_ADMIN_ROLE + ":STUDENT");
        structures.saveMatrix(anne, college, cells);
        assertThat(rights.allowed(user("lucas.durand"), "console.manage-people")).isFalse();
        assertThat(jdbc.sql("select count(*) from access.grants").query(Long.class).single()).isZero();

        assertThat(structures.grant(anne, structure("0930001A"), "class:" + classId("CE1") + ":STUDENT",
                DIRECTORY_ROLE)).as("another school's class").isEqualTo(Granted.NOT_FOUND);
        assertThat(structures.grant(anne, college, "class:" + classId("CE1") + ":STUDENT", DIRECTORY_ROLE))
                .as("a class of another school, named from one's own").isEqualTo(Granted.NOT_FOUND);
    }

    @Test
    void theCentralAdminGivesAnyRoleToAClassAndMayTakeItBack() {
        PreauUser central = user("admin.region");
        StructureId college = structure("0930002B");
        assertThat(structures.grant(central, college, "class:" + classId("6A") + ":TEACHER", LOCAL_ADMIN_ROLE))
                .isEqualTo(Granted.DONE);
        PreauUser paul = user("paul.martin");
        assertThat(rights.allowed(paul, "console.audit", college)).isTrue();
        assertThat(rights.allowed(paul, "console.audit", structure("0930001A"))).isFalse();
        assertThat(rights.allowed(user("lucas.durand"), "console.audit")).as("a pupil of that class").isFalse();

        UUID grant = jdbc.sql("select id from access.grants").query(UUID.class).single();
        assertThat(structures.revoke(central, college, grant)).isTrue();
        assertThat(rights.allowed(paul, "console.audit")).isFalse();
    }

    @Test
    void localGrantsAreCutToWhatTheTerritoryStillAllows() {
        PreauUser central = user("admin.region");
        PreauUser anne = user("anne.bernard");
        UUID reader = roles.save(central, null, "Lecteur du journal", Set.of("console.audit", "directory.search")).id();
        StructureId college = structure("0930002B");
        String sixA = "class:" + classId("6A") + ":STUDENT";
        assertThat(structures.grant(anne, college, sixA, reader)).isEqualTo(Granted.BEYOND_LIMITS);

        roles.setModes(central, java.util.Map.of(RightsProfile.STUDENT, java.util.Map.of(reader, Mode.ALLOWED)));
        assertThat(structures.grant(anne, college, sixA, reader)).isEqualTo(Granted.DONE);
        assertThat(rights.allowed(user("lucas.durand"), "console.audit", college)).isTrue();

        roles.setModes(central, java.util.Map.of(RightsProfile.STUDENT, java.util.Map.of(reader, Mode.NONE)));
        assertThat(rights.allowed(user("lucas.durand"), "console.audit")).isFalse();
        assertThat(rights.allowed(user("lucas.durand"), "directory.search")).isTrue();
    }

    @Test
    void aRoleGivenToAManualGroupReachesItsMembersOnly() {
        PreauUser anne = user("anne.bernard");
        StructureId college = structure("0930002B");
        UUID choir = groups.create(anne, college, "Chorale").orElseThrow();
        groups.add(anne, choir, demo.person("lucas.durand"));
        UUID reader = roles.save(user("admin.region"), null, "Annuaire seul", Set.of("directory.search")).id();
        structures.saveMatrix(anne, college, everythingCheckedBut(anne, "0930002B", DIRECTORY_ROLE + ":STUDENT"));
        assertThat(rights.allowed(user("lucas.durand"), "directory.search")).isFalse();

        assertThat(structures.grant(anne, college, "group:" + choir, reader)).isEqualTo(Granted.DONE);
        assertThat(rights.allowed(user("lucas.durand"), "directory.search", college)).isTrue();
        assertThat(rights.allowed(user("lucas.durand"), "directory.class-page")).isFalse();
        assertThat(rights.actions(user("lucas.durand"))).doesNotContain("console.audit");
    }

    @Test
    void aLocalAdminKeepsTheRightsPageEvenAfterWithdrawingTheirOwnRole() {
        PreauUser anne = user("anne.bernard");
        structures.saveMatrix(anne, structure("0930002B"),
                everythingCheckedBut(anne, "0930002B", LOCAL_ADMIN_ROLE + ":LOCAL_ADMIN"));
        assertThat(rights.allowed(anne, "console.manage-people")).isFalse();
        assertThat(rights.allowed(anne, "access.rights", structure("0930002B"))).isTrue();
    }

    @Test
    void onlyTheCentralAdminChangesTheTerritorysRoles() {
        PreauUser anne = user("anne.bernard");
        assertThat(roles.roles(anne)).isEmpty();
        assertThat(roles.save(anne, null, "Tout", Set.of("access.roles")).id()).isNull();
        assertThat(roles.delete(anne, DIRECTORY_ROLE)).isFalse();
        assertThat(roles.setModes(anne, java.util.Map.of(RightsProfile.STUDENT,
                java.util.Map.of(LOCAL_ADMIN_ROLE, Mode.DEFAULT)))).isFalse();
        assertThat(rights.allowed(user("lucas.durand"), "console.manage-people")).isFalse();
        assertThat(structures.view(anne, structure("0930001A"))).isEmpty();
    }

    /** The boxes of the structure's matrix checked now, less {@code unchecked} (a cell name, or ""). */
    private Set<String> everythingCheckedBut(PreauUser admin, String uai, String unchecked) {
        Set<String> cells = AccessDemo.checked(structures, admin, structure(uai));
        cells.remove(unchecked);
        return cells;
    }

    private PreauUser user(String login) {
        return demo.user(login);
    }

    private StructureId structure(String uai) {
        return demo.structure(uai);
    }

    private UUID classId(String name) {
        return demo.classId(name);
    }
}
