package org.preau.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.directory.Profile;
import org.preau.directory.StructureType;
import org.preau.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logins under load, over real HTTP (GET the form for its CSRF token, POST it):
 * {@code ./mvnw test -Dtest=LoginLoadBenchmark -Dspring.profiles.active=test} (not part of verify).
 * 1) a burst of 20 genuine logins a second for 60 s; 2) a credential-stuffing attack of 200
 * wrong passwords a second from 50 addresses against 1,000 accounts, with 5 genuine logins a
 * second from another address measured meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "preau.embedded-db.pool-size=20", "logging.level.org.preau=warn" })
class LoginLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "Une phrase de rentrée solide";

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loginBurstAndCredentialStuffing() throws Exception {
        List<String> logins = people(1000);
        report("warm-up: 2 logins/s for 5 s", run(2, 5, i -> login(logins.get(i), PASSWORD, "203.0.113.9"), null));
        var genuine = run(20, 60, i -> login(logins.get(i % logins.size()), PASSWORD, "203.0.113.7"), null);
        report("burst: 20 genuine logins/s for 60 s", genuine);

        var attack = new AtomicInteger();
        var during = run(5, 60, i -> login(logins.get((i * 7) % logins.size()), PASSWORD, "203.0.113.8"),
                () -> {
                    try {
                        run(200, 60, i -> {
                            attack.incrementAndGet();
                            return login(logins.get((i * 13) % logins.size()), "guess-" + i, "198.51.100." + (i % 50));
                        }, null);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        report("genuine logins (5/s) during 200 wrong passwords/s from 50 addresses", during);
        System.out.printf("attack attempts sent: %d%n", attack.get());
    }

    /** A login's outcome: its duration and whether it reached the home page. */
    record Result(long nanos, boolean ok) {
    }

    interface Attempt {
        Result run(int i) throws Exception;
    }

    private List<Result> run(int perSecond, int seconds, Attempt attempt, Runnable alongside) throws Exception {
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        var scheduler = Executors.newScheduledThreadPool(2);
        var workers = Executors.newVirtualThreadPerTaskExecutor();
        var counter = new AtomicInteger();
        Thread side = alongside == null ? null : Thread.ofVirtual().start(alongside);
        scheduler.scheduleAtFixedRate(() -> {
            int i = counter.getAndIncrement();
            workers.submit(() -> {
                try {
                    results.add(attempt.run(i));
                } catch (Exception e) {
                    results.add(new Result(0, false));
                }
            });
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        scheduler.awaitTermination(seconds, TimeUnit.SECONDS);
        scheduler.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        if (side != null) {
            side.join();
        }
        return results;
    }

    private Result login(String login, String password, String address) throws Exception {
        long start = System.nanoTime();
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var page = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            return new Result(System.nanoTime() - start, false);
        }
        String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0]).toList());
        String form = "username=" + enc(login) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var posted = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address)
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        boolean home = posted.headers().firstValue("Location").map(l -> l.endsWith("/")).orElse(false);
        return new Result(System.nanoTime() - start, home);
    }

    private static void report(String label, List<Result> results) {
        long[] times = results.stream().mapToLong(Result::nanos).sorted().toArray();
        long failed = results.stream().filter(r -> !r.ok()).count();
        System.out.printf("%s: %d logins, %d failed, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n", label, times.length,
                failed, times[times.length / 2] / 1e6, times[(int) (times.length * 0.95)] / 1e6,
                times[(int) (times.length * 0.99)] / 1e6);
    }

    private List<String> people(int count) {
        var school = directory.createStructure("0937777L", "Lycée de charge", StructureType.LYCEE);
        String hash = accounts.hash(PASSWORD);
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var person = directory.createPerson("Eleve" + i, "Charge", Profile.STUDENT, school);
            String login = "eleve" + i + ".charge";
            accounts.openWithHash(person, login, hash);
            logins.add(login);
        }
        return logins;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
