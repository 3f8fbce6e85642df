package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.preau.access.RolesRepository.Mode;
import org.preau.directory.Directory;
import org.preau.platform.web.ApplicationAction;
import org.preau.platform.web.ApplicationRole;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.preau.testapp.TestApp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Roles declared in code reach the access tables at start-up: the applications' roles are those
 * the former migrations created (same ids, actions and defaults, not duplicated), a role of a new
 * application is created once even by two nodes at once, shown to the central admin and given to
 * its profiles, and what the admin changes afterwards is never put back.
 */
@PreauSpringTest
@Import({ MovableClock.Config.class, TestApp.class })
class DeclaredRolesTest {

    static final String RING = TestApp.RING;
    static final String RINGER = TestApp.RINGER;

    @Autowired
    DeclaredRoles declared;
    @Autowired
    RolesRepository roles;
    @Autowired
    Rights rights;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /** Every role as "id key: actions | profile=mode …", by its label key (or name). */
    private Map<String, String> state() {
        Map<String, String> state = new TreeMap<>();
        jdbc.sql("""
                select coalesce(r.label_key, r.name), r.id || ' ' || coalesce(r.key, '-') || ': '
                    || coalesce((select string_agg(a.action, ',' order by a.action) from access.role_actions a
                                  where a.role_id = r.id), '')
                    || ' | ' || coalesce((select string_agg(p.profile || '=' || p.mode, ',' order by p.profile)
                                  from access.profile_roles p where p.role_id = r.id), '')
                from access.roles r""").query(rs -> {
                    state.put(rs.getString(1), rs.getString(2));
                });
        return state;
    }

    private static final String SEED = "0a0c0e55-0000-4000-8000-0000000000";

    @Test
    void theApplicationsRolesAreExactlyThoseTheFormerMigrationsCreated() {
        Map<String, String> state = state();
        // the roles of applications added since (and the test's own) were never created by a migration
        state.values().removeIf(role -> !role.startsWith("0a0c0e55-0000-4000-8000-"));
        assertThat(state).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("role.seed.directory", SEED + "01 -: directory.class-page,directory.search"
                        + " | CENTRAL_ADMIN=DEFAULT,GUEST=ALLOWED,PERSONNEL=DEFAULT,RELATIVE=DEFAULT,STUDENT=DEFAULT,"
                        + "TEACHER=DEFAULT"),
                Map.entry("role.seed.account", SEED + "02 -: account.edit | CENTRAL_ADMIN=DEFAULT,GUEST=DEFAULT,"
                        + "PERSONNEL=DEFAULT,RELATIVE=DEFAULT,STUDENT=DEFAULT,TEACHER=DEFAULT"),
                Map.entry("role.seed.localAdmin", SEED + "03 -: access.rights,console.audit,console.groups,"
                        + "console.imports,console.manage-people,directory.manage-groups,portal.api-docs"
                        + " | LOCAL_ADMIN=DEFAULT"),
                Map.entry("role.seed.centralAdmin", SEED + "04 -: access.rights,access.roles,console.audit,"
                        + "console.groups,console.imports,console.manage-people,directory.manage-groups,"
                        + "portal.api-docs | CENTRAL_ADMIN=DEFAULT"),
                Map.entry("role.seed.diaryRead", SEED + "11 diary.reader: diary.read"
                        + " | CENTRAL_ADMIN=ALLOWED,PERSONNEL=DEFAULT,RELATIVE=DEFAULT,STUDENT=DEFAULT"),
                Map.entry("role.seed.diaryTeacher", SEED + "12 diary.teacher: diary.create-homework,diary.read"
                        + " | TEACHER=DEFAULT"),
                Map.entry("role.seed.diaryVisa", SEED + "13 diary.visa: diary.read,diary.visa"
                        + " | LOCAL_ADMIN=DEFAULT,PERSONNEL=ALLOWED"),
                Map.entry("role.seed.messaging", SEED + "21 messaging.user: messaging.read,messaging.send"
                        + " | CENTRAL_ADMIN=DEFAULT,GUEST=ALLOWED,PERSONNEL=DEFAULT,RELATIVE=DEFAULT,STUDENT=DEFAULT,"
                        + "TEACHER=DEFAULT"),
                Map.entry("role.seed.messagingAdmin", SEED + "22 messaging.admin: messaging.settings"
                        + " | CENTRAL_ADMIN=DEFAULT,LOCAL_ADMIN=DEFAULT"),
                Map.entry("role.seed.timelineAdmin", "0a0c0e55-0000-4000-8000-0000000008a1 timeline.structure-admin: "
                        + "timeline.configure | CENTRAL_ADMIN=DEFAULT,LOCAL_ADMIN=DEFAULT,PERSONNEL=ALLOWED"),
                Map.entry("role.seed.timelineCentral", "0a0c0e55-0000-4000-8000-0000000008a2 timeline.territory-admin: "
                        + "timeline.defaults | CENTRAL_ADMIN=DEFAULT")));
        assertThat(declared.synchronise()).as("nothing left to do").isZero();
    }

    @Test
    void aNewApplicationsRoleIsCreatedOnceShownAndGivenAndTheAdminsChangesStay() throws Exception {
        // as on a database that never saw the role, two nodes starting at once
        jdbc.sql("delete from access.roles where key = :k").param("k", RINGER).update();
        jdbc.sql("delete from access.declared_role_items where role_key = :k").param("k", RINGER).update();
        CyclicBarrier start = new CyclicBarrier(2);
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var one = nodes.submit(() -> at(start, declared::synchronise));
            var two = nodes.submit(() -> at(start, declared::synchronise));
            assertThat(List.of(one.get(), two.get())).as("role, action, three profiles: by one node")
                    .containsExactlyInAnyOrder(5, 0);
        }
        assertThat(declared.synchronise()).isZero();
        assertThat(state().get("role.testApp.ringer")).endsWith(
                RINGER + ": " + RING + " | PERSONNEL=ALLOWED,STUDENT=DEFAULT,TEACHER=DEFAULT");

        var central = DemoAccounts.login(mvc, "admin.region");
        mvc.perform(get("/admin/roles").cookie(central)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sonneur de test")))
                .andExpect(content().string(containsString("Sonner la cloche")));
        var demo = new AccessDemo(jdbc, directory);
        assertThat(rights.actions(demo.user("lucas.durand"))).contains(RING);
        assertThat(rights.actions(demo.user("paul.martin"))).contains(RING);
        assertThat(rights.actions(demo.user("sophie.durand"))).doesNotContain(RING);

        // the central admin withdraws the pupils' default and deletes the role: neither comes back
        UUID role = jdbc.sql("select id from access.roles where key = :k").param("k", RINGER).query(UUID.class)
                .single();
        roles.setProfileMode(RightsProfile.STUDENT, role, Mode.NONE);
        assertThat(declared.synchronise()).isZero();
        assertThat(roles.profileModes().get(RightsProfile.STUDENT)).doesNotContainKey(role);
        roles.delete(role);
        assertThat(declared.synchronise()).isZero();
        assertThat(jdbc.sql("select count(*) from access.roles where key = :k").param("k", RINGER)
                .query(Long.class).single()).isZero();
        assertThat(state()).as("the roles page's roles").doesNotContainKey("role.testApp.ringer")
                .containsKeys("role.seed.directory", "role.seed.diaryTeacher");
    }

    @Test
    void aRoleOfAnUndeclaredActionOrAKeyDeclaredTwiceStopsTheStart() {
        var catalog = new ActionsCatalog(List.of(new ApplicationAction(RING, "app.testApp")));
        var typo = ApplicationRole.of("test-app.typo", "role.testApp.ringer", "test-app.rnig");
        assertThatThrownBy(() -> new DeclaredRoles(List.of(typo), catalog, null, null, null, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test-app.rnig");
        var ringer = ApplicationRole.of(RINGER, "role.testApp.ringer", RING);
        assertThatThrownBy(() -> new DeclaredRoles(List.of(ringer, ringer), catalog, null, null, null, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }

    private static int at(CyclicBarrier start, java.util.function.IntSupplier work) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.getAsInt();
    }
}
