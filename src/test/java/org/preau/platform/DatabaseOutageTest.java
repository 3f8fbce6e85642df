package org.preau.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.preau.support.BrowserlessClient;
import org.preau.support.DemoAccounts;
import org.preau.support.FreshDatabase;
import org.preau.support.PreauServerTest;
import org.preau.support.TcpProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The database cannot be reached, the application goes on: pages and the API answer 503 with
 * {@code Retry-After} within 2 s, readiness is DOWN and liveness UP; once the database is back the
 * same requests are served again and readiness is UP, without a restart.
 *
 * <p>The shared server context: for this class its pool reaches the embedded PostgreSQL through a
 * {@link TcpProxy} that the tests cut, so that the server shared by the other classes is never stopped.
 */
@PreauServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageTest.class);
    private static final long FAST_MILLIS = 2_000;

    private final TcpProxy database = new TcpProxy();

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    private BrowserlessClient sophie;

    DatabaseOutageTest() throws IOException {
    }

    @BeforeAll
    void behindTheProxy() throws SQLException {
        FreshDatabase.reachThrough(context, database);
    }

    @AfterAll
    void directlyAgain() throws SQLException {
        FreshDatabase.reachDirectly(context);
        database.close();
    }

    @BeforeEach
    void logIn() throws Exception {
        sophie = new BrowserlessClient(port);
        assertThat(sophie.login("sophie.durand", DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(sophie.get("/").statusCode()).isEqualTo(200);
    }

    @AfterEach
    void reconnect() {
        database.restore();
    }

    @Test
    void aRefusedDatabaseAnswers503AtOnceAndServesAgainWhenBack() throws Exception {
        outageAndRecovery(TcpProxy.Cut.REFUSE);
    }

    @Test
    void aDatabaseThatNeverAnswersFailsAsFast() throws Exception {
        outageAndRecovery(TcpProxy.Cut.BLACKHOLE);
    }

    private void outageAndRecovery(TcpProxy.Cut how) throws Exception {
        long cut = System.nanoTime();
        database.cut(how);
        // the worst case: no connection of before the cut is left to fail at once, every request
        // waits for a new connection, refused or never answered
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

        var page = sophie.get("/");
        long firstRefusal = millisSince(cut);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Préau ne peut pas joindre sa base de données");
        assertThat(firstRefusal).isLessThan(FAST_MILLIS);

        long apiStart = System.nanoTime();
        var api = sophie.get("/api/v1/me", "Accept-Language", "en");
        long apiMillis = millisSince(apiStart);
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(api.body()).contains("\"status\":503").contains("The database cannot be reached right now");
        assertThat(apiMillis).isLessThan(FAST_MILLIS);

        long probeStart = System.nanoTime();
        assertThat(probe("readiness").statusCode()).isEqualTo(503);
        long probeMillis = millisSince(probeStart);
        assertThat(probeMillis).isLessThan(FAST_MILLIS + 1_000);
        assertThat(probe("liveness").statusCode()).isEqualTo(200);

        long againStart = System.nanoTime();
        assertThat(sophie.get("/").statusCode()).isEqualTo(503);
        long againMillis = millisSince(againStart);
        assertThat(againMillis).isLessThan(FAST_MILLIS);

        long restored = System.nanoTime();
        database.restore();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> probe("readiness").statusCode() == 200);
        long ready = millisSince(restored);
        assertThat(sophie.get("/").statusCode()).isEqualTo(200);
        var me = sophie.get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"login\":\"sophie.durand\"");
        log.info("Database {}: first 503 {} ms after the cut (API {} ms, readiness DOWN in {} ms, another page {} ms);"
                + " readiness UP {} ms after the restore", how, firstRefusal, apiMillis, probeMillis,
                againMillis, ready);
    }

    private HttpResponse<String> probe(String which) {
        try {
            return new BrowserlessClient(port).get("/actuator/health/" + which);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
