package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preau.access.MatrixProbes.Probe;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The authorization matrix: every demo account × every declared action (× their school and
 * the other school where the action is checked per structure), against the real endpoints.
 * What to expect is read from the rules in the database (the territory's default roles per
 * profile, minus what a structure withdrew), not written by hand: an allowed action never
 * answers 403, a refused one always does, and the launcher shows exactly what is allowed.
 */
@PreauSpringTest
class AuthorizationMatrixTest {

    private static final List<String> ACCOUNTS = List.of("admin.region", "anne.bernard", "marc.petit",
            "paul.martin", "claire.leroy", "lucas.durand", "emma.durand", "sophie.durand");
    private static final List<String> SCHOOLS = List.of("0930002B", "0930001A");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionsCatalog catalog;

    @Autowired
    RightsAdmin structures;

    @Autowired
    Rights rights;

    @Autowired
    Directory directory;

    /** Every module's probes ({@link MatrixProbes} classes of the test classpath), by action id. */
    private Map<String, Probe> probes() {
        Map<String, Probe> probes = new LinkedHashMap<>();
        for (MatrixProbes module : modules()) {
            module.probes(new MatrixProbes.Demo(jdbc)).forEach((action, probe) -> assertThat(
                    probes.put(action, probe)).as("one probe of " + action).isNull());
        }
        return probes;
    }

    private Map<String, MockHttpServletRequestBuilder> apiProbes() {
        Map<String, MockHttpServletRequestBuilder> probes = new LinkedHashMap<>();
        modules().forEach(module -> module.apiProbes().forEach((action, request) -> probes.put(action, request.get())));
        return probes;
    }

    /** The modules' probes, found on the test classpath: the matrix names no module. */
    private static List<MatrixProbes> modules() {
        List<MatrixProbes> modules = MatrixProbes.all();
        assertThat(modules).as("the modules' probes on the test classpath").hasSizeGreaterThan(3);
        return modules;
    }

    @AfterEach
    void backToTheSeededRules() {
        SeededRules.restore(jdbc, rights);
    }

    @Test
    void everyAccountEveryActionWithTheSeededRules() throws Exception {
        var outcome = run();
        assertThat(outcome.allowed()).isGreaterThan(20);
        assertThat(outcome.refused()).isGreaterThan(20);
    }

    @Test
    void everyAccountEveryActionOnceSchoolsWithdrewRoles() throws Exception {
        PreauUser central = user("admin.region");
        withdraw(central, "0930002B", "STUDENT", AccessDemo.ACCOUNT_ROLE);
        withdraw(central, "0930001A", "TEACHER", AccessDemo.DIRECTORY_ROLE);
        withdraw(central, "0930001A", "LOCAL_ADMIN", AccessDemo.LOCAL_ADMIN_ROLE);
        var outcome = run();
        assertThat(outcome.refusedOf("lucas.durand")).contains("account.edit");
        assertThat(outcome.refusedOf("claire.leroy")).contains("directory.search", "directory.class-page");
        assertThat(outcome.refusedOf("marc.petit")).contains("console.imports", "console.manage-people");
        assertThat(outcome.refusedOf("sophie.durand")).doesNotContain("directory.search", "account.edit");
    }

    /** What a run found: per account, the actions (with their structure) refused. */
    private record Outcome(int allowed, int refused, Map<String, Set<String>> refusals) {

        Set<String> refusedOf(String login) {
            return refusals.getOrDefault(login, Set.of()).stream().map(a -> a.split("@")[0]).collect(Collectors.toSet());
        }
    }

    private Outcome run() throws Exception {
        assertThat(jdbc.sql("select count(*) from access.grants").query(Long.class).single())
                .as("the expectations follow default roles and withdrawals only").isZero();
        Map<String, Probe> probes = probes();
        assertThat(probes.keySet()).as("a probe for every declared action").isEqualTo(catalog.ids());
        List<String> wrong = new ArrayList<>();
        int allowed = 0;
        int refused = 0;
        Map<String, Set<String>> refusals = new LinkedHashMap<>();
        for (String login : ACCOUNTS) {
            Cookie session = DemoAccounts.login(mvc, login);
            PersonId person = person(login);
            for (var entry : probes.entrySet()) {
                List<StructureId> where = new ArrayList<>();
                if (entry.getValue().perStructure()) {
                    SCHOOLS.forEach(uai -> where.add(structure(uai)));
                } else {
                    where.add(null);
                }
                for (StructureId structure : where) {
                    boolean expected = expected(person, entry.getKey(), structure);
                    String outcome = attempt(entry.getValue(), structure, session, expected);
                    String what = login + " × " + entry.getKey() + (structure == null ? "" : " in " + uai(structure));
                    if (outcome != null) {
                        wrong.add(what + ": expected " + (expected ? "allowed" : "refused") + ", " + outcome);
                    }
                    if (expected) {
                        allowed++;
                    } else {
                        refused++;
                        refusals.computeIfAbsent(login, l -> new HashSet<>()).add(entry.getKey() + "@" + structure);
                    }
                }
            }
            for (var api : apiProbes().entrySet()) {
                int status = mvc.perform(api.getValue().cookie(session)).andReturn().getResponse().getStatus();
                boolean expected = expected(person, api.getKey(), null);
                if (expected == (status == 403)) {
                    wrong.add(login + " × " + api.getKey() + " (API): expected " + (expected ? "allowed" : "refused")
                            + ", got " + status);
                }
            }
        }
        assertThat(wrong).as("the authorization matrix").isEmpty();
        return new Outcome(allowed, refused, refusals);
    }

    /** Null when the endpoint did as expected, else what it did. */
    private @Nullable String attempt(Probe probe, @Nullable StructureId structure, Cookie session, boolean expected)
            throws Exception {
        var response = mvc.perform(probe.request().apply(structure).cookie(session)).andReturn().getResponse();
        if (probe.launcherEntry() != null) {
            boolean shown = response.getContentAsString().contains("data-app=\"" + probe.launcherEntry() + "\"");
            return shown == expected ? null : (shown ? "shown in the launcher" : "missing from the launcher");
        }
        int status = response.getStatus();
        if (status >= 500 || expected == (status == 403)) {
            return "got " + status;
        }
        return null;
    }

    /**
     * From the rules' tables: the action is in a default role of a profile the person holds in
     * the structure (any structure when none is given; everywhere for the central admin), and
     * the structure did not withdraw that role from that profile. Whoever manages rights keeps
     * the page to manage them: local admins that of their structure, the central admin all.
     */
    private boolean expected(PersonId person, String action, @Nullable StructureId structure) {
        return defaultRole(person, action, structure) || keepsRightsPages(person, action, structure);
    }

    private boolean keepsRightsPages(PersonId person, String action, @Nullable StructureId structure) {
        return jdbc.sql("""
                select exists (select 1 from directory.functions where person_id = :p and (
                    function = 'CENTRAL_ADMIN' and :a in ('access.rights', 'access.roles')
                    or function = 'LOCAL_ADMIN' and :a = 'access.rights'
                       and (cast(:s as uuid) is null or structure_id = cast(:s as uuid))))""")
                .param("p", person.value()).param("a", action)
                .param("s", structure == null ? null : structure.value())
                .query(Boolean.class).single();
    }

    private boolean defaultRole(PersonId person, String action, @Nullable StructureId structure) {
        return jdbc.sql("""
                select exists (
                    select 1 from access.profile_roles pr
                    join access.role_actions ra on ra.role_id = pr.role_id
                    join (select structure_id, profile from directory.person_profiles where person_id = :p
                          union select structure_id, 'LOCAL_ADMIN' from directory.functions
                                where person_id = :p and function = 'LOCAL_ADMIN'
                          union select null, 'CENTRAL_ADMIN' from directory.functions
                                where person_id = :p and function = 'CENTRAL_ADMIN') held on held.profile = pr.profile
                    where pr.mode = 'DEFAULT' and ra.action = :a
                      and (cast(:s as uuid) is null or held.structure_id = cast(:s as uuid)
                           or held.profile = 'CENTRAL_ADMIN')
                      and not exists (select 1 from access.structure_exclusions e
                                      where e.structure_id = held.structure_id and e.profile = pr.profile
                                        and e.role_id = pr.role_id))""")
                .param("p", person.value()).param("a", action)
                .param("s", structure == null ? null : structure.value())
                .query(Boolean.class).single();
    }

    private void withdraw(PreauUser admin, String uai, String profile, UUID role) {
        Set<String> cells = AccessDemo.checked(structures, admin, structure(uai));
        assertThat(cells.remove(role + ":" + profile)).as(role + " is a default of " + profile).isTrue();
        structures.saveMatrix(admin, structure(uai), cells);
    }

    private PreauUser user(String login) {
        return demo().user(login);
    }

    private PersonId person(String login) {
        return demo().person(login);
    }

    private StructureId structure(String uai) {
        return demo().structure(uai);
    }

    private String uai(StructureId structure) {
        return demo().uai(structure);
    }

    private AccessDemo demo() {
        return new AccessDemo(jdbc, directory);
    }
}
