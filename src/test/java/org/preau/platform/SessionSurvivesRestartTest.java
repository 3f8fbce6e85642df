package org.preau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.Preau;
import org.preau.support.BrowserlessClient;
import org.preau.support.DemoAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real application on a persistent embedded database: a second start reuses the data
 * and seeds nothing twice, and a person logged in before the restart is still logged in.
 */
class SessionSurvivesRestartTest {

    @TempDir
    Path data;

    @Test
    void sessionAndDataSurviveARestart() throws Exception {
        BrowserlessClient client;
        try (var app = start()) {
            client = new BrowserlessClient(port(app));
            var posted = client.login("sophie.durand", DemoAccounts.PASSWORD);
            assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
            assertThat(posted.headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure").contains("HttpOnly")
                            .contains("SameSite=Lax"));
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
        try (var app = start()) {
            var me = client.onPort(port(app)).get("/api/v1/me");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"login\":\"sophie.durand\"");
            var structures = app.getBean(JdbcClient.class)
                    .sql("select count(*) from directory.structures").query(Long.class).single();
            assertThat(structures).isEqualTo(2);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Preau.class).profiles("test")
                .run("--server.port=0", "--preau.embedded-db.data-dir=" + data.toAbsolutePath());
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
