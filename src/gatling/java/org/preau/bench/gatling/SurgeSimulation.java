package org.preau.bench.gatling;

import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Issue 9's surge: {@code -Dsessions=300} pupils log in first; then logged-in page views
 * (home, homework, inbox at random) arrive at {@code -Dbase=150} a second for 30 s, at
 * {@code -Dsurge=400} a second for 30 s, and at the base rate again for 60 s. During the surge
 * Préau must keep serving near its capacity and answer the rest 503 in under 50 ms (a 503 is a
 * KO here: read the KO column of "surge"); from 10 s after it, everything is served as before.
 * The same pages at the base rate for {@code -DwarmUp=30} seconds come first, unreported: a surge
 * hits a running server, not a JVM that is still compiling its code.
 */
public class SurgeSimulation extends Simulation {

    private static final int SESSIONS = Integer.getInteger("sessions", 300);
    private static final int BASE = Integer.getInteger("base", 150);
    private static final int SURGE = Integer.getInteger("surge", 400);
    private static final int WARM_UP = Integer.getInteger("warmUp", 30);
    private static final List<String> SESSION_IDS = new CopyOnWriteArrayList<>();
    private static final String[] PAGES = { "/", "/diary/homework", "/messages" };

    private static final Duration LOGINS = Duration.ofSeconds(Math.max(10, SESSIONS / 15));
    private static final Duration PHASE = Duration.ofSeconds(30);

    ScenarioBuilder logins = scenario("log in")
            .exec(Visits.logIn("logins-STUDENT.csv"))
            .exec(getCookieValue(CookieKey("SESSION").saveAs("sid")))
            .exec(session -> {
                SESSION_IDS.add(session.getString("sid"));
                return session;
            });

    private static ChainBuilder view(String name) {
        return exec(session -> session.set("sid", SESSION_IDS.get(ThreadLocalRandom.current().nextInt(SESSION_IDS.size())))
                        .set("page", PAGES[ThreadLocalRandom.current().nextInt(PAGES.length)]))
                .exec(http(name).get("#{page}").header("Cookie", "SESSION=#{sid}").check(status().is(200)));
    }

    ScenarioBuilder warmUp = scenario("warm-up").exec(view("warm-up"));
    ScenarioBuilder before = scenario("before").exec(view("before surge"));
    ScenarioBuilder surge = scenario("surge").exec(view("surge"));
    ScenarioBuilder recovering = scenario("recovering").exec(view("first 10 s after"));
    ScenarioBuilder after = scenario("after").exec(view("after surge"));

    {
        Duration warm = LOGINS.plusSeconds(5);
        Duration start = warm.plusSeconds(WARM_UP);
        setUp(logins.injectOpen(constantUsersPerSec(SESSIONS / (double) LOGINS.toSeconds()).during(LOGINS)),
                warmUp.injectOpen(nothingFor(warm), constantUsersPerSec(BASE).during(Duration.ofSeconds(WARM_UP))),
                before.injectOpen(nothingFor(start), constantUsersPerSec(BASE).during(PHASE)),
                surge.injectOpen(nothingFor(start.plus(PHASE)), constantUsersPerSec(SURGE).during(PHASE)),
                recovering.injectOpen(nothingFor(start.plus(PHASE).plus(PHASE)), constantUsersPerSec(BASE).during(Duration.ofSeconds(10))),
                after.injectOpen(nothingFor(start.plus(PHASE).plus(PHASE).plusSeconds(10)), constantUsersPerSec(BASE).during(Duration.ofSeconds(50))))
                .protocols(Logins.protocol().disableWarmUp())
                .assertions(details("before surge").failedRequests().count().is(0L),
                        details("after surge").failedRequests().count().is(0L),
                        details("after surge").responseTime().percentile(95.0).lt(300));
    }
}
