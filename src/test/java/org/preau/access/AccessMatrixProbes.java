package org.preau.access;

import static org.preau.access.MatrixProbes.Probe.anywhere;
import static org.preau.access.MatrixProbes.Probe.inStructure;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

/** The access module's actions in the authorization matrix. */
class AccessMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, Probe> probes(Demo demo) {
        return Map.of("access.rights", inStructure(s -> get("/admin/structures/" + s + "/rights")),
                "access.roles", anywhere(() -> get("/admin/roles")));
    }

    @Override
    public Map<String, String> pathVariables() {
        return Map.of("roles/{id}", "select id from access.roles order by created_at",
                "grants/{grant}", "select id from access.grants where structure_id = :school",
                "links/{id}", MatrixProbes.findOrMake(
                        "select id from access.communication_links where from_structure = :school",
                        "insert into access.communication_links (from_group, from_structure, to_group, to_structure)"
                                + " select 'probe-from', :school, 'probe-to', :school"),
                "sharing/{type}", "select 'group'",
                "sharing/group/{id}", MatrixProbes.findOrMake("select id from directory.groups where structure_id = :school"
                        + " and kind = 'MANUAL' and not teaching",
                        "insert into directory.groups (structure_id, name, kind) select :school, 'Probe', 'MANUAL'"));
    }

    @Override
    public Map<String, String> requestParameters() {
        return Map.of("grantee", "select 'person:' || person_id from identity.accounts where login = :login");
    }
}
