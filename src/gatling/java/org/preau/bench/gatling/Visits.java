package org.preau.bench.gatling;

import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** The steps of a visit to Préau, shared by the load simulations. */
final class Visits {

    private static final String BENCH = System.getProperty("bench", "target/bench");

    private Visits() {
    }

    /**
     * Takes the next login of the profile's list and logs in from a school or home address. The
     * first 1,000 pupils are left out: the credential stuffing simulation attacks them, and the
     * locks it leaves on them (for unknown addresses) are not this visit's business.
     */
    static ChainBuilder logIn(String loginsFile) {
        var logins = csv(BENCH + "/" + loginsFile).readRecords();
        var spared = loginsFile.contains("STUDENT") && logins.size() > 2_000 ? logins.subList(1_000, logins.size()) : logins;
        return exec(session -> session.setAll(MorningPeakSimulation.credentials()))
                .feed(listFeeder(spared).circular())
                .exec(Logins.login("login", true));
    }

    /** The home page, then each widget it loads (htmx {@code hx-get}), as the browser would. */
    static ChainBuilder home() {
        return exec(http("home").get("/").check(status().is(200),
                        css("[hx-get]", "hx-get").findAll().optional().saveAs("widgets")))
                .doIf(session -> session.contains("widgets")).then(
                        exec(session -> session.set("widgets", session.getList("widgets").stream().distinct().toList()))
                                .foreach("#{widgets}", "widget").on(exec(http("home widget").get("#{widget}")
                                        .header("HX-Request", "true").check(status().is(200))))
                                .exec(session -> session.remove("widgets")));
    }

    static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200));
    }

    /** The inbox, then one of its messages when there is one; keeps the page's CSRF token. */
    static ChainBuilder inboxAndMessage() {
        return exec(http("inbox").get("/messages").check(status().is(200),
                        regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf"),
                        regex("href=\"/messages/([0-9a-f-]{36})\"").findRandom().optional().saveAs("message")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .doIf(session -> session.contains("message")).then(
                        exec(http("read message").get("/messages/#{message}").check(status().is(200))));
    }

    static ChainBuilder logOut() {
        return exec(http("logout").post("/logout").formParam("_csrf", "#{csrf}").check(status().is(302)));
    }

    /** A teacher logs in and writes to the parents of one of their classes through the API. */
    static ChainBuilder teacherWritesToAClass() {
        return logIn("logins-TEACHER.csv")
                .exec(http("api me").get("/api/v1/me").check(status().is(200),
                        jsonPath("$.classes[0].id").optional().saveAs("class")))
                .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
                .doIf(session -> session.contains("class")).then(exec(http("teacher sends to a class")
                        .post("/api/v1/messages").header("X-XSRF-TOKEN", "#{xsrf}")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"to\": [\"#{class}\"], \"subject\": \"Sortie de jeudi\","
                                + " \"body\": \"<p>Pensez à l'autorisation signée.</p>\"}"))
                        .check(status().is(201))));
    }

    /** The territory's admin sends the full AAF export again, waits for the dry run, applies it. */
    static ChainBuilder adminImports() {
        var upload = http("admin import upload").post("/api/v1/imports").header("X-XSRF-TOKEN", "#{xsrf}")
                .bodyPart(StringBodyPart("kind", "aaf"));
        for (Path file : territoryFiles()) {
            upload = upload.bodyPart(RawFileBodyPart("files", file.toAbsolutePath().toString())
                    .fileName(file.getFileName().toString()).contentType("application/xml"));
        }
        return exec(session -> session.setAll(MorningPeakSimulation.credentials()).set("login", "admin.region")
                        .set("password", System.getProperty("preau.admin.password", "Preau-Demo-2026!")))
                .exec(Logins.login("admin login", true))
                .exec(http("admin home").get("/").check(status().is(200)))
                .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
                .exec(upload.asMultipartForm().check(status().is(202), jsonPath("$.id").saveAs("import")))
                .exitHereIfFailed()
                .exec(waitForImport("READY"))
                .exec(http("admin import apply").post("/api/v1/imports/#{import}/apply")
                        .header("X-XSRF-TOKEN", "#{xsrf}").check(status().is(202)))
                .exec(waitForImport("APPLIED"));
    }

    private static ChainBuilder waitForImport(String status) {
        return exec(session -> session.set("importStatus", "RUNNING"))
                .asLongAs(session -> !List.of(status, "FAILED").contains(session.getString("importStatus"))
                        && session.contains("import")).on(
                        pause(Duration.ofSeconds(2))
                                .exec(http("admin import status").get("/api/v1/imports/#{import}")
                                        .check(status().is(200), jsonPath("$.status").saveAs("importStatus")))
                                .exitHereIfFailed());
    }

    private static ChainBuilder pause(Duration duration) {
        return exec(session -> session).pause(duration);
    }

    private static List<Path> territoryFiles() {
        try (Stream<Path> files = Files.list(Path.of(BENCH, "territory"))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
