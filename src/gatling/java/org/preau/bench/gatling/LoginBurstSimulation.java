package org.preau.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Issue 5's burst: 20 genuine logins a second for 60 s (pupils at 7:45), each from an
 * address of a school network, after {@code -DwarmUp=20} seconds at a quarter of the rate (a
 * running server; the first seconds of a JVM that has just started are slower). Target: p95 < 1.5 s
 * and no error.
 */
public class LoginBurstSimulation extends Simulation {

    private static final int RATE = Integer.getInteger("rate", 20);
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final int WARM_UP = Integer.getInteger("warmUp", 20);

    ScenarioBuilder pupils = pupils("burst", "genuine login");
    ScenarioBuilder warmUp = pupils("warm-up", "warm-up login");

    private static ScenarioBuilder pupils(String name, String request) {
        return scenario(name)
                .feed(csv(System.getProperty("logins", "target/bench/logins-STUDENT.csv")).circular())
                .exec(session -> session.setAll(Map.of("password", Logins.PASSWORD,
                        "address", "10.20." + ThreadLocalRandom.current().nextInt(256) + ".1")))
                .exec(Logins.login(request, true));
    }

    {
        // the burst hits a running server: WARM_UP seconds of a quarter of the rate first (-DwarmUp=0: a cold JVM)
        setUp(warmUp.injectOpen(constantUsersPerSec(RATE / 4.0).during(Math.max(1, WARM_UP))),
                pupils.injectOpen(nothingFor(WARM_UP), constantUsersPerSec(RATE).during(SECONDS)))
                .protocols(Logins.protocol())
                .assertions(details("genuine login").failedRequests().count().is(0L),
                        details("genuine login").responseTime().percentile(95.0).lt(1500));
    }
}
