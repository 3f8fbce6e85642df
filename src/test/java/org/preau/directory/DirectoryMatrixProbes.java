package org.preau.directory;

import static org.preau.access.MatrixProbes.Probe.anywhere;
import static org.preau.access.MatrixProbes.Probe.inStructure;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.preau.access.MatrixProbes;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The directory's actions in the authorization matrix. */
class DirectoryMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, Probe> probes(Demo demo) {
        UUID sixA = demo.classId("6A");
        return Map.of("directory.search", anywhere(() -> get("/directory").param("q", "du")),
                "directory.class-page", anywhere(() -> get("/classes/" + sixA)),
                "directory.manage-groups", inStructure(s -> get("/admin/structures/" + s + "/teaching-groups")));
    }

    @Override
    public Map<String, Supplier<MockHttpServletRequestBuilder>> apiProbes() {
        return Map.of("directory.search", () -> get("/api/v1/directory/search").param("q", "du"));
    }

    private static final String SIX_A = "(select id from directory.classes where name = '6A' and structure_id = :school)";

    @Override
    public Map<String, String> pathVariables() {
        return Map.of("structures/{id}", "select :school",
                "{structure}", "select :school",
                "classes/{id}", "select " + SIX_A,
                "{classId}", "select " + SIX_A,
                "persons/{id}", "select m.person_id from directory.class_members m where m.class_id = " + SIX_A
                        + " order by m.person_id",
                "{teacher}", "select " + MatrixProbes.personOf("paul.martin"),
                "groups/{id}", MatrixProbes.findOrMake("select id from directory.groups where structure_id = :school"
                        + " and kind = 'MANUAL' and not teaching",
                        "insert into directory.groups (structure_id, name, kind) select :school, 'Probe', 'MANUAL'"),
                "teaching-groups/{group}", MatrixProbes.findOrMake(
                        "select id from directory.groups where structure_id = :school and teaching",
                        "insert into directory.groups (structure_id, name, kind, teaching)"
                                + " select :school, 'Probe teaching', 'MANUAL', true"));
    }
}
