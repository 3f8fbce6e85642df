package org.preau.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Issue 9's Monday morning: pupils, parents and teachers arrive at a steady rate, each logs in,
 * opens the home page (and its widgets), the homework, the inbox and a message, then logs out,
 * with think times; meanwhile a teacher writes to a class every 10 s and the territory admin
 * runs a full import at the second minute. {@code -Dusers=15} people a second give about 150
 * requests a second. Targets: p95 < 300 ms, p99 < 1 s, no error over {@code -Dminutes=10}.
 */
public class MorningPeakSimulation extends Simulation {

    private static final double USERS = Double.parseDouble(System.getProperty("users", "15"));
    private static final int MINUTES = Integer.getInteger("minutes", 10);
    private static final int RAMP = Integer.getInteger("rampSeconds", 30);
    private static final boolean IMPORT = Boolean.parseBoolean(System.getProperty("import", "true"));

    private static ChainBuilder person(String profile, String homework) {
        return Visits.logIn("logins-" + profile + ".csv")
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(Visits.home())
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(Visits.page("homework", homework))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(Visits.inboxAndMessage())
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(Visits.logOut());
    }

    ScenarioBuilder pupils = scenario("pupils").exec(person("STUDENT", "/diary/homework"));
    ScenarioBuilder parents = scenario("parents").exec(person("RELATIVE", "/diary/homework"));
    ScenarioBuilder teachers = scenario("teachers").exec(person("TEACHER", "/diary"));
    ScenarioBuilder teacherWrites = scenario("teacher writes to a class").exec(Visits.teacherWritesToAClass());
    ScenarioBuilder adminImports = scenario("admin imports").exec(Visits.adminImports());

    {
        Duration ramp = Duration.ofSeconds(RAMP);
        Duration steady = Duration.ofMinutes(MINUTES).minus(ramp);
        var setUp = setUp(
                pupils.injectOpen(rampUsersPerSec(0.1).to(USERS * 0.5).during(ramp), constantUsersPerSec(USERS * 0.5).during(steady)),
                parents.injectOpen(rampUsersPerSec(0.1).to(USERS * 0.4).during(ramp), constantUsersPerSec(USERS * 0.4).during(steady)),
                teachers.injectOpen(rampUsersPerSec(0.1).to(USERS * 0.1).during(ramp), constantUsersPerSec(USERS * 0.1).during(steady)),
                teacherWrites.injectOpen(nothingFor(ramp), constantUsersPerSec(0.1).during(steady)),
                adminImports.injectOpen(nothingFor(Duration.ofMinutes(Math.min(2, MINUTES - 1))), atOnceUsers(IMPORT ? 1 : 0)));
        setUp.protocols(Logins.protocol())
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lt(300),
                        global().responseTime().percentile(99.0).lt(1000));
    }

    static String address() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(40) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    static Map<String, Object> credentials() {
        return Map.of("password", Logins.PASSWORD, "address", address());
    }
}
