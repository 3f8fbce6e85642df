package org.preau.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A module's migration folder on the classpath is a schema migrated from that folder, with nothing else to edit. */
class ModuleMigrationsTest {

    @TempDir
    Path dir;

    @Test
    void theApplicationsModulesAreItsSchemasPlatformFirstAndDefault() {
        FluentConfiguration configuration = configured(getClass().getClassLoader());
        assertThat(configuration.getDefaultSchema()).isEqualTo("platform");
        assertThat(configuration.getSchemas()).startsWith("platform")
                .contains("directory", "identity", "feeding", "diary", "access", "messaging", "timeline", "portal")
                .doesNotHaveDuplicates();
        assertThat(locations(configuration)).contains("db/migration/platform", "db/migration/diary",
                "db/migration/directory");
    }

    @Test
    void aFolderAddedOnTheClasspathBecomesASchema() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("db/migration/news"));
        Files.writeString(folder.resolve("V202612071600__news.sql"), "create table news.article (id uuid);");
        // an empty folder is no module
        Files.createDirectories(dir.resolve("db/migration/empty"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() }, getClass().getClassLoader())) {
            FluentConfiguration configuration = configured(loader);
            assertThat(configuration.getSchemas()).startsWith("platform").contains("news", "diary")
                    .doesNotContain("empty");
            assertThat(locations(configuration)).contains("db/migration/news");
        }
    }

    /** In a jar (how Préau is shipped; Maven writes an entry for each folder, as class loaders need to list them). */
    @Test
    void aFolderInAJarBecomesASchema() throws IOException {
        Path jar = dir.resolve("module.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
            for (String folder : new String[] { "db/", "db/migration/", "db/migration/blog/" }) {
                entries.putNextEntry(new JarEntry(folder));
                entries.closeEntry();
            }
            entries.putNextEntry(new JarEntry("db/migration/blog/V202612071601__blog.sql"));
            entries.write("create table blog.post (id uuid);".getBytes());
            entries.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
            FluentConfiguration configuration = configured(loader);
            assertThat(configuration.getSchemas()).containsExactly("platform", "blog");
            assertThat(locations(configuration)).containsExactlyInAnyOrder("db/migration/platform", "db/migration/blog");
        }
    }

    private static FluentConfiguration configured(ClassLoader loader) {
        FluentConfiguration configuration = new FluentConfiguration(loader);
        new ModuleMigrations(new PathMatchingResourcePatternResolver(new DefaultResourceLoader(loader)))
                .customize(configuration);
        return configuration;
    }

    private static String[] locations(FluentConfiguration configuration) {
        return Arrays.stream(configuration.getLocations()).map(Location::getRootPath).toArray(String[]::new);
    }
}
