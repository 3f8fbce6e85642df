package org.preau.moderation;

import static org.preau.access.MatrixProbes.Probe.anywhere;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.preau.access.MatrixProbes;

/** Moderation's action in the authorization matrix, and its reports for the other school's probes. */
class ModerationMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, Probe> probes(Demo demo) {
        return Map.of("moderation.review", anywhere(() -> get("/moderation")));
    }

    @Override
    public Map<String, String> pathVariables() {
        return Map.of("reports/{id}", MatrixProbes.findOrMake(
                "select id from moderation.reports where structure_id = :school",
                """
                insert into moderation.reports (id, type, target_id, reporter_id, reason, structure_id, reported_at)
                select gen_random_uuid(), 'MESSAGE', gen_random_uuid(), gen_random_uuid(), 'OTHER', :school, now()"""));
    }
}
