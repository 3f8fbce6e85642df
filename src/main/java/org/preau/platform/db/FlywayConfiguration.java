package org.preau.platform.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Flyway migrates one schema per module folder found on the classpath ({@link ModuleMigrations}),
 * without the web requests' time limits ({@link MigrationConnections}).
 */
@Configuration(proxyBeanMethods = false)
class FlywayConfiguration {

    @Bean
    ModuleMigrations moduleMigrations(ResourceLoader resourceLoader) {
        return new ModuleMigrations(ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
    }

    @Bean
    MigrationConnections migrationConnections() {
        return new MigrationConnections();
    }
}
