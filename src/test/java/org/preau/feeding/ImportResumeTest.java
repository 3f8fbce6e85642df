package org.preau.feeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.preau.bench.AafTerritoryGenerator;
import org.preau.feeding.ImportViews.Status;
import org.preau.feeding.aaf.AafXml;
import org.preau.support.DemoAccounts;
import org.preau.support.FreshDatabase;
import org.preau.support.MovableClock;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/**
 * An apply stopped at any chunk, as by a node that dies (status left APPLYING, lease and heartbeat left
 * behind), is shown as interrupted once its heartbeat is stale, and resumed it leaves the directory and the
 * accounts exactly as a clean run of the same files does; so does a retry of an apply that failed. Each run
 * starts from the seeded database again ({@link FreshDatabase#reset}).
 */
@PreauSpringTest
@Import(MovableClock.Config.class)
class ImportResumeTest extends ImportTestSupport {

    /** What a node's death throws: no RuntimeException, so the run cleans nothing up. */
    static final class NodeDied extends Error {
        NodeDied() {
            super("the node died", null, false, false);
        }
    }

    private static final List<MockMultipartFile> FILES = new ArrayList<>();
    private static @Nullable List<String> clean;
    private static int cleanAccounts;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportRepository repository;

    @Autowired
    MovableClock clock;

    @Autowired
    ApplicationContext context;

    /** Four collèges of ~110 pupils, their parents (homonyms among them) and teachers, and one with a teaching group. */
    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        new AafTerritoryGenerator(7).write(1200, 4, dir);
        FILES.addAll(files(dir));
        FILES.add(text("ENT_Complet_20261125_Eleve_0099.xml", AafXml.file(
                AafXml.request("addRequest", "EtabEducNat", "RG1", "ENTStructureJointure", "RG1", "ENTStructureUAI",
                        "0939201A", "ENTStructureNomCourant", "COLLEGE GROUPES", "ENTStructureTypeStruct", "CLG"),
                pupil("G1"), pupil("G2"), pupil("G3"),
                AafXml.relative("addRequest", "GP1", "GROUPE", "Mère"),
                AafXml.request("addRequest", "PersEducNat", "GT1", "ENTPersonJointure", "GT1", "sn", "LATINISTE",
                        "givenName", "Ada", "ENTPersonStructRattach", "RG1", "PersEducNatPresenceDevantEleves", "O",
                        "ENTAuxEnsGroupesMatieres", "RG1$LATIN5$LCALA",
                        "ENTPersonFonctions", "RG1$ENS$ENSEIGNEMENT$L1300$LCALA"))));
    }

    private static String pupil(String id) {
        return AafXml.request("addRequest", "Eleve", id, "ENTPersonJointure", id, "sn", "GROUPE", "givenName", "Zoé",
                "ENTPersonDateNaissance", "14/09/2012", "ENTPersonStructRattach", "RG1", "ENTEleveClasses", "RG1$5 A",
                "ENTEleveGroupes", "RG1$LATIN5", "ENTElevePersRelEleve", "GP1$10$1$1$1$1");
    }

    @ParameterizedTest
    @ValueSource(strings = { "references", "people:900001", "accounts" })
    void anApplyStoppedAtAChunkAndResumedEndsAsACleanRun(String step) throws Exception {
        List<String> expected = clean();
        FreshDatabase.reset(context, "ImportResumeTest, stopped at " + step);
        Cookie admin = DemoAccounts.login(mvc, "admin.region");
        UUID id = applying(admin);

        assertThatThrownBy(() -> jobs.run(id, Status.APPLYING, at -> {
            if (at.equals(step)) {
                throw new NodeDied();
            }
        })).isInstanceOf(NodeDied.class);
        assertThat(statusOf(admin, id)).as("its node may still be alive").isEqualTo("APPLYING");
        assertThat(count("select count(*) from feeding.import_lease where import_id = '" + id + "'")).as("lease kept")
                .isOne();
        mvc.perform(post("/api/v1/imports/" + id + "/resume").cookie(admin).with(csrf()))
                .andExpect(status().isConflict());

        clock.advance(Duration.ofSeconds(61));
        assertThat(statusOf(admin, id)).isEqualTo("INTERRUPTED");
        mvc.perform(get("/admin/imports/" + id).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Interrompu")))
                .andExpect(content().string(containsString("id=\"resume-import\"")))
                .andExpect(content().string(containsString("/admin/imports/" + id + "/resume")));
        mvc.perform(get("/admin/widgets/alerts").cookie(admin))
                .andExpect(content().string(containsString("Import AAF interrompu, à reprendre")));
        mvc.perform(post("/admin/imports/" + id + "/resume").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/imports/" + id));
        String report = awaitStatus(admin, id.toString(), "APPLIED", "FAILED");
        assertThat((String) JsonPath.read(report, "$.status")).as(report).isEqualTo("APPLIED");
        if (step.equals("accounts")) {
            assertThat((Integer) JsonPath.read(report, "$.accountsOpened")).as("people of the stopped run too")
                    .isEqualTo(cleanAccounts);
        }
        assertThat(count("select count(*) from feeding.import_lease where import_id is not null")).as("lease given back")
                .isZero();
        assertThat(dump()).isEqualTo(expected);
    }

    @Test
    void aRetryOfAFailedApplyRepairs() throws Exception {
        List<String> expected = clean();
        FreshDatabase.reset(context, "ImportResumeTest, failed");
        Cookie admin = DemoAccounts.login(mvc, "admin.region");
        UUID id = applying(admin);
        jobs.run(id, Status.APPLYING, at -> {
            if (at.equals("people:900002")) {
                throw new IllegalStateException("database gone for a moment");
            }
        });
        assertThat(statusOf(admin, id)).isEqualTo("FAILED");
        assertThat(count("select count(*) from feeding.import_lease where import_id is not null")).isZero();

        mvc.perform(post("/api/v1/imports/" + id + "/resume").cookie(admin).with(csrf()))
                .andExpect(status().isAccepted());
        String report = awaitStatus(admin, id.toString(), "APPLIED", "FAILED");
        assertThat((String) JsonPath.read(report, "$.status")).as(report).isEqualTo("APPLIED");
        assertThat((Integer) JsonPath.read(report, "$.accountsOpened")).isEqualTo(cleanAccounts);
        assertThat(dump()).isEqualTo(expected);
        mvc.perform(post("/api/v1/imports/" + id + "/resume").cookie(admin).with(csrf()))
                .andExpect(status().isConflict());
    }

    /** The dump of a clean run (from the seeded database), made once. */
    private List<String> clean() throws Exception {
        if (clean == null) {
            FreshDatabase.reset(context, "ImportResumeTest, clean run");
            Cookie admin = DemoAccounts.login(mvc, "admin.region");
            UUID id = ready(admin);
            mvc.perform(post("/api/v1/imports/" + id + "/apply").cookie(admin).with(csrf()))
                    .andExpect(status().isAccepted());
            String report = awaitStatus(admin, id.toString(), "APPLIED", "FAILED");
            assertThat((String) JsonPath.read(report, "$.status")).as(report).isEqualTo("APPLIED");
            cleanAccounts = JsonPath.read(report, "$.accountsOpened");
            assertThat(cleanAccounts).isEqualTo((Integer) JsonPath.read(report, "$.counts.created"));
            clean = dump();
            assertThat(clean).as("people, their links and accounts").hasSizeGreaterThan(3000);
        }
        return clean;
    }

    /** Uploaded, its dry run done. */
    private UUID ready(Cookie admin) throws Exception {
        String id = start(admin, "aaf", FILES);
        String report = awaitStatus(admin, id, "READY", "FAILED");
        assertThat((String) JsonPath.read(report, "$.status")).as(report).isEqualTo("READY");
        return UUID.fromString(id);
    }

    /** Ready, then moved to APPLYING as {@code Imports.apply} does: the test runs the job itself. */
    private UUID applying(Cookie admin) throws Exception {
        UUID id = ready(admin);
        assertThat(repository.transition(id, Status.READY, Status.APPLYING, clock.instant())).isTrue();
        return id;
    }

    private String statusOf(Cookie admin, UUID id) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/imports/" + id).cookie(admin)).andReturn().getResponse()
                .getContentAsString(), "$.status");
    }

    /**
     * Everything an AAF import writes, by external ids (never the generated ids): people with their state,
     * fingerprint and login, profiles, classes, teachings, groups, family links.
     */
    private List<String> dump() {
        return jdbc.sql("""
                select 'person ' || p.external_id || '|' || p.first_name || '|' || p.last_name || '|'
                       || coalesce(p.birth_date::text, '') || '|' || p.state || '|' || coalesce(p.fingerprint, '') || '|'
                       || coalesce(p.register_profile, '') || '|' || coalesce(a.login, 'NO ACCOUNT')
                from directory.persons p left join identity.accounts a on a.person_id = p.id where p.source = 'AAF'
                union all
                select 'profile ' || p.external_id || '|' || s.external_id || '|' || pp.profile
                from directory.person_profiles pp join directory.persons p on p.id = pp.person_id
                join directory.structures s on s.id = pp.structure_id where p.source = 'AAF'
                union all
                select 'class ' || p.external_id || '|' || s.external_id || '|' || c.name
                from directory.class_members m join directory.persons p on p.id = m.person_id
                join directory.classes c on c.id = m.class_id join directory.structures s on s.id = c.structure_id
                where p.source = 'AAF'
                union all
                select 'teaching ' || p.external_id || '|' || c.name || '|' || sj.code
                from directory.teachings t join directory.persons p on p.id = t.person_id
                join directory.classes c on c.id = t.class_id join directory.subjects sj on sj.id = t.subject_id
                where p.source = 'AAF'
                union all
                select 'member ' || p.external_id || '|' || g.name || '|' || g.kind
                from directory.group_members m join directory.persons p on p.id = m.person_id
                join directory.groups g on g.id = m.group_id where p.source = 'AAF'
                union all
                select 'group-teaching ' || p.external_id || '|' || g.name || '|' || sj.code
                from directory.group_teachings t join directory.persons p on p.id = t.person_id
                join directory.groups g on g.id = t.group_id join directory.subjects sj on sj.id = t.subject_id
                where p.source = 'AAF'
                union all
                select 'family ' || r.external_id || '|' || c.external_id || '|' || f.legal_guardian
                from directory.family_links f join directory.persons r on r.id = f.relative_id
                join directory.persons c on c.id = f.child_id where c.source = 'AAF'
                order by 1""").query(String.class).list();
    }
}
