package org.preau.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Issue 5's burst: 20 genuine logins a second for 60 s (pupils at 7:45), each from an
 * address of a school network. Target: p95 < 1.5 s and no error.
 */
public class LoginBurstSimulation extends Simulation {

    private static final int RATE = Integer.getInteger("rate", 20);
    private static final int SECONDS = Integer.getInteger("seconds", 60);

    ScenarioBuilder pupils = scenario("burst")
            .feed(csv(System.getProperty("logins", "target/bench/logins-STUDENT.csv")).circular())
            .exec(session -> session.setAll(Map.of("password", Logins.PASSWORD,
                    "address", "10.20." + ThreadLocalRandom.current().nextInt(256) + ".1")))
            .exec(Logins.login("genuine login", true));

    {
        setUp(pupils.injectOpen(constantUsersPerSec(RATE).during(SECONDS)))
                .protocols(Logins.protocol())
                .assertions(global().failedRequests().count().is(0L),
                        details("genuine login").responseTime().percentile(95.0).lt(1500));
    }
}
