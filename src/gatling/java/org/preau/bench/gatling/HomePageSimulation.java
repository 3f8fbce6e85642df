package org.preau.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.holdFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.reachRps;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Issue 8's home page: a pool of logged-in pupils, parents and teachers open the home page, and
 * their browser loads its widget fragments in parallel (as htmx does), at a constant total rate
 * ({@code -Drate}, default 150 requests a second, page and fragments counted alike) for
 * {@code -Dduration} seconds (default 60). Target: p95 of the page under 200 ms.
 * {@code -Dpool} people log in first (default 90: half pupils, a quarter parents, a quarter teachers).
 */
public class HomePageSimulation extends Simulation {

    private static final int RATE = Integer.getInteger("rate", 150);
    private static final int SECONDS = Integer.getInteger("duration", 60);
    private static final int POOL = Integer.getInteger("pool", 90);
    private static final int RAMP = Integer.getInteger("ramp", 15);

    /** The fragments each profile's home page loads (the widgets' defaults). */
    private static final Map<String, List<String>> WIDGETS = Map.of(
            "STUDENT", List.of("/diary/widgets/homework", "/home/widgets/timetable", "/messages/widgets/latest",
                    "/timeline/widgets/recent", "/home/widgets/profile"),
            "RELATIVE", List.of("/diary/widgets/children", "/messages/widgets/latest", "/timeline/widgets/recent",
                    "/home/widgets/profile"),
            "TEACHER", List.of("/directory/widgets/classes", "/diary/widgets/todo", "/messages/widgets/latest",
                    "/timeline/widgets/recent", "/home/widgets/profile"));

    private static ScenarioBuilder visits(String profile) {
        HttpRequestActionBuilder[] fragments = WIDGETS.get(profile).stream()
                .map(path -> http("widget " + path).get(path).header("HX-Request", "true").check(status().is(200)))
                .toArray(HttpRequestActionBuilder[]::new);
        return scenario(profile)
                .feed(csv(System.getProperty("logins." + profile, "target/bench/logins-" + profile + ".csv")).random())
                .exec(session -> session.setAll(Map.of("password", Logins.PASSWORD,
                        "address", "10.30." + ThreadLocalRandom.current().nextInt(256) + "."
                                + ThreadLocalRandom.current().nextInt(1, 255))))
                .exec(Logins.login("login", true))
                .exec(during(Duration.ofSeconds(RAMP + SECONDS)).on(
                        http("home").get("/").check(status().is(200)).resources(Arrays.asList(fragments))));
    }

    private static PopulationBuilder pool(String profile, int users) {
        return visits(profile).injectOpen(rampUsers(Math.max(1, users)).during(Duration.ofSeconds(RAMP)));
    }

    {
        setUp(pool("STUDENT", POOL / 2), pool("RELATIVE", POOL / 4), pool("TEACHER", POOL / 4))
                .protocols(Logins.protocol())
                .throttle(reachRps(RATE).in(Duration.ofSeconds(RAMP)), holdFor(Duration.ofSeconds(SECONDS)))
                .maxDuration(Duration.ofSeconds(RAMP + SECONDS + 30))
                .assertions(global().failedRequests().count().is(0L),
                        details("home").responseTime().percentile(95.0).lt(200));
    }
}
