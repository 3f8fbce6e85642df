package org.preau.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Issue 17's node that has just started: a school behind one address (NAT) logs in at 8:00 on
 * a node whose readiness has just turned UP. Before the burst, {@code before()} waits for
 * readiness (polling every 50 ms) and sends 7 wrong passwords from the school's address (a
 * pupil's typos); then 300 logins at 20 a second from that same address. Targets: no refusal,
 * p95 < 1.5 s. bench/coldstart.sh starts the node and this simulation together.
 */
public class ColdStartSimulation extends Simulation {

    private static final int RATE = Integer.getInteger("rate", 20);
    private static final int LOGINS = Integer.getInteger("logins", 300);
    private static final int TYPOS = Integer.getInteger("typos", 7);
    private static final String SCHOOL = "10.30.0.1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    ScenarioBuilder school = scenario("school")
            .feed(csv(System.getProperty("logins", "target/bench/logins-STUDENT.csv")).circular())
            .exec(session -> session.setAll(Map.of("password", Logins.PASSWORD, "address", SCHOOL)))
            .exec(Logins.login("school login", true));

    {
        setUp(school.injectOpen(constantUsersPerSec(RATE).during(Duration.ofMillis(LOGINS * 1000L / RATE))))
                .protocols(Logins.protocol())
                .assertions(details("school login").failedRequests().count().is(0L),
                        details("school login").responseTime().percentile(95.0).lt(1500));
    }

    @Override
    public void before() {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(1)).build();
        System.out.println("Waiting for readiness");
        System.out.flush();
        long start = System.nanoTime();
        while (!ready(client)) {
            if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException("Préau did not become ready within 5 minutes");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        System.out.printf("Readiness UP after %d ms of polling; %d wrong passwords from %s%n",
                (System.nanoTime() - start) / 1_000_000, TYPOS, SCHOOL);
        for (int i = 0; i < TYPOS; i++) {
            typo(client, i);
        }
    }

    private static boolean ready(HttpClient client) {
        try {
            var response = client.send(HttpRequest.newBuilder(URI.create(Logins.BASE_URL + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (Exception e) {
            return false;
        }
    }

    private static void typo(HttpClient client, int n) {
        try {
            var form = client.send(HttpRequest.newBuilder(URI.create(Logins.BASE_URL + "/login"))
                    .header("X-Forwarded-For", SCHOOL).build(), HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(form.body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page (" + form.statusCode() + ")");
            }
            String body = "username=" + URLEncoder.encode("typo." + n, StandardCharsets.UTF_8)
                    + "&password=wrong-" + n + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            client.send(HttpRequest.newBuilder(URI.create(Logins.BASE_URL + "/login"))
                    .header("X-Forwarded-For", SCHOOL).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
