package org.preau.support;

import org.preau.Preau;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: the first starts with its
 * embedded database (seeded with the demo territory), the second uses the same database.
 */
public record TwoNodes(ConfigurableApplicationContext first, ConfigurableApplicationContext second)
        implements AutoCloseable {

    public static TwoNodes start() {
        var first = new SpringApplicationBuilder(Preau.class).profiles("test").initializers(new TestMailServer())
                .run("--server.port=0");
        try {
            var database = first.getBean(HikariDataSource.class);
            var second = new SpringApplicationBuilder(Preau.class).profiles("test").initializers(new TestMailServer())
                    .run("--server.port=0", "--spring.datasource.url=" + database.getJdbcUrl(),
                            "--spring.datasource.username=" + database.getUsername(),
                            "--spring.datasource.password=" + database.getPassword());
            return new TwoNodes(first, second);
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Override
    public void close() {
        second.close();
        first.close();
    }
}
