package org.preau.feeding;

import java.util.Map;

import org.preau.access.MatrixProbes;

/** Imports (their actions are the console's): the ids in their paths. */
class FeedingMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, String> pathVariables() {
        return Map.of("imports/{id}", "select id from feeding.imports where structure_id = :school");
    }
}
