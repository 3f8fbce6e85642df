package org.preau.console;

import static org.preau.access.MatrixProbes.Probe.anywhere;
import static org.preau.access.MatrixProbes.Probe.inStructure;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.preau.access.MatrixProbes;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The console's actions in the authorization matrix. */
class ConsoleMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, Probe> probes(Demo demo) {
        return Map.of("console.manage-people", inStructure(s -> get("/admin/structures/" + s)),
                "console.groups", inStructure(s -> get("/admin/structures/" + s + "/groups")),
                "console.imports", anywhere(() -> get("/admin/imports")),
                "console.audit", anywhere(() -> get("/admin/audit")));
    }

    @Override
    public Map<String, Supplier<MockHttpServletRequestBuilder>> apiProbes() {
        return Map.of("console.imports", () -> get("/api/v1/imports/" + UUID.randomUUID()));
    }

    /** A person of school A, as the pending deletions page names them. */
    @Override
    public Map<String, String> pathVariables() {
        return Map.of("pending/{person}", """
                select m.person_id from directory.class_members m join directory.classes c on c.id = m.class_id
                where c.name = '6A' and c.structure_id = :school order by m.person_id""");
    }

    @Override
    public Map<String, String> requestParameters() {
        return Map.of("person", "select person_id::text from identity.accounts where login = :login");
    }
}
