package org.preau.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Issue 5's credential stuffing: 200 wrong passwords a second from 50 addresses against the
 * same 1,000 accounts, while genuine owners of those accounts log in from their homes
 * (5 a second), after {@code -DwarmUp=30} seconds of ordinary logins and a few wrong passwords
 * (an attack hits a running server, not one that has just started). Target: genuine logins succeed with p95 < 2 s.
 */
public class CredentialStuffingSimulation extends Simulation {

    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final int ATTACK_RATE = Integer.getInteger("attackRate", 200);
    private static final int GENUINE_RATE = Integer.getInteger("genuineRate", 5);
    private static final int WARM_UP = Integer.getInteger("warmUp", 30);
    private static final int ACCOUNTS = 1000;
    private static final AtomicLong GUESSES = new AtomicLong();

    /** The 1,000 targeted accounts: the first pupils of the generated territory. */
    private final List<Map<String, Object>> targets = csv(System.getProperty("logins", "target/bench/logins-STUDENT.csv"))
            .readRecords().subList(0, ACCOUNTS);

    ScenarioBuilder attackers = scenario("attack")
            .exec(session -> {
                long n = GUESSES.getAndIncrement();
                return session.setAll(Map.of("login", targets.get((int) (n * 13 % ACCOUNTS)).get("login"),
                        "password", "guess-" + n, "address", "198.51.100." + (n % 50)));
            })
            .exec(Logins.login("attack login", false));

    ScenarioBuilder owners = owners("owners", "genuine login");
    ScenarioBuilder warmUp = owners("warm-up", "warm-up login");

    /**
     * During the warm-up, wrong passwords too (20 a second from 10 addresses, soon refused): a
     * server that has run for a while has seen typos and a small attack, and has compiled the
     * code that turns them away; a JVM meeting 400 requests a second of code it never ran
     * before spends the first seconds interpreting and compiling it.
     */
    ScenarioBuilder warmUpNoise = scenario("warm-up noise")
            .exec(session -> {
                long n = GUESSES.getAndIncrement();
                return session.setAll(Map.of("login", targets.get((int) (n * 7 % ACCOUNTS)).get("login"),
                        "password", "typo-" + n, "address", "192.0.2." + (n % 10)));
            })
            .exec(Logins.login("warm-up wrong password", false));

    /** Owners of the targeted accounts logging in from their homes. */
    private ScenarioBuilder owners(String name, String request) {
        return scenario(name)
                .exec(session -> {
                    var random = ThreadLocalRandom.current();
                    return session.setAll(Map.of("login", targets.get(random.nextInt(ACCOUNTS)).get("login"),
                            "password", Logins.PASSWORD,
                            "address", "203.0." + random.nextInt(256) + "." + (1 + random.nextInt(254))));
                })
                .exec(Logins.login(request, true));
    }

    {
        // the attack hits a running server: first WARM_UP seconds of ordinary logins
        Duration warm = Duration.ofSeconds(WARM_UP);
        setUp(warmUp.injectOpen(constantUsersPerSec(GENUINE_RATE).during(warm)),
                warmUpNoise.injectOpen(constantUsersPerSec(20).during(warm)),
                attackers.injectOpen(nothingFor(warm), constantUsersPerSec(ATTACK_RATE).during(SECONDS)),
                owners.injectOpen(nothingFor(warm), constantUsersPerSec(GENUINE_RATE).during(SECONDS)))
                .protocols(Logins.protocol())
                .assertions(details("genuine login").failedRequests().count().is(0L),
                        details("genuine login").responseTime().percentile(95.0).lt(2000));
    }
}
