package org.preau.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the rules back as the migrations seed them, so that each test starts from the territory's defaults. */
final class SeededRules {

    private static final String SEED = "db/migration/access/V202611251610__access_default_roles.sql";

    private SeededRules() {
    }

    static void restore(JdbcClient jdbc, Rights rights) {
        jdbc.sql("delete from access.grants").update();
        jdbc.sql("delete from access.structure_exclusions").update();
        jdbc.sql("delete from access.roles").update();
        try {
            String script = new ClassPathResource(SEED).getContentAsString(StandardCharsets.UTF_8);
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("update access.rules_version set version = version + 1").update();
        rights.currentRules();
    }
}
