package org.preau.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The Flyway schemas and locations are the modules present: every folder
 * {@code db/migration/<module>/} on the classpath (SQL files or Java migrations) is one schema
 * named after the module, migrated from that folder. A new module adds its folder and nothing
 * else. {@code platform} is the default schema (it holds Flyway's history) and comes first.
 */
final class ModuleMigrations implements FlywayConfigurationCustomizer {

    static final String DEFAULT_SCHEMA = "platform";

    /** Files rather than folders: jars are not bound to hold entries for folders, and an empty folder is no module. */
    private static final String PATTERN = "classpath*:db/migration/*/*";

    private static final Pattern MODULE = Pattern.compile(".*/db/migration/([a-z][a-z0-9_]*)/[^/]+$");

    private final ResourcePatternResolver resolver;

    ModuleMigrations(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        List<String> schemas = schemas();
        configuration.defaultSchema(DEFAULT_SCHEMA)
                .schemas(schemas.toArray(String[]::new))
                .locations(schemas.stream().map(s -> "classpath:db/migration/" + s).toArray(String[]::new));
    }

    /** The modules with a migration folder, {@code platform} first, the others in alphabetical order. */
    List<String> schemas() {
        TreeSet<String> modules = new TreeSet<>();
        try {
            for (Resource resource : resolver.getResources(PATTERN)) {
                Matcher module = MODULE.matcher(resource.getURL().toString());
                if (module.matches()) {
                    modules.add(module.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The migration folders could not be listed", e);
        }
        List<String> schemas = new ArrayList<>();
        schemas.add(DEFAULT_SCHEMA);
        modules.remove(DEFAULT_SCHEMA);
        schemas.addAll(modules);
        return schemas;
    }
}
