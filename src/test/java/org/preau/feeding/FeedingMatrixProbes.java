package org.preau.feeding;

import java.util.Map;

import org.preau.access.MatrixProbes;

/** Imports (their actions are the console's): the ids in their paths. */
class FeedingMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, String> pathVariables() {
        return Map.of("imports/{id}", MatrixProbes.findOrMake("select id from feeding.imports where structure_id = :school", """
                insert into feeding.imports (id, kind, status, full_import, structure_id, created_by, created_at,
                                             updated_at, files)
                select gen_random_uuid(), 'CSV', 'READY', false, :school,
                       (select person_id from identity.accounts where login = 'anne.bernard'), now(), now(), '[]'"""));
    }
}
