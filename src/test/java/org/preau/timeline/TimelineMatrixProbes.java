package org.preau.timeline;

import static org.preau.access.MatrixProbes.Probe.anywhere;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.preau.access.MatrixProbes;

/** The timeline's actions in the authorization matrix. */
class TimelineMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, Probe> probes(Demo demo) {
        return Map.of("timeline.configure", anywhere(() -> get("/admin/timeline/quiet-hours")),
                "timeline.defaults", anywhere(() -> get("/admin/timeline/defaults")));
    }

    @Override
    public Map<String, String> pathVariables() {
        return Map.of("entries/{id}", "select id from timeline.entries where person_id = "
                + MatrixProbes.personOf("paul.martin"),
                "holidays/{holiday}", MatrixProbes.findOrMake("select id from timeline.holidays where structure_id = :school",
                        "insert into timeline.holidays (structure_id, starts, ends) select :school, date '2026-12-21',"
                                + " date '2027-01-01'"));
    }
}
