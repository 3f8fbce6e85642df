package org.preau.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/** The login steps shared by the simulations: the form (for its CSRF token), then the post. */
final class Logins {

    static final String BASE_URL = System.getProperty("preau.url", "http://localhost:18080");
    static final String PASSWORD = System.getProperty("preau.bench.password", "Bench-Preau-2026!");

    private Logins() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL).disableFollowRedirect().acceptLanguageHeader("fr-FR")
                .userAgentHeader("Mozilla/5.0 (Préau load test)");
    }

    /**
     * Logs in as {@code #{login}} with {@code #{password}} from address {@code #{address}}
     * (X-Forwarded-For, honoured from a local proxy). Named {@code name} in the report; a
     * success is a redirect to the home page.
     */
    static ChainBuilder login(String name, boolean mustSucceed) {
        return exec(http(name + " form").get("/login").header("X-Forwarded-For", "#{address}")
                        .check(status().is(200), regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http(name).post("/login").header("X-Forwarded-For", "#{address}")
                        .formParam("username", "#{login}").formParam("password", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), mustSucceed
                                ? header("Location").transform(l -> l.replaceFirst("^https?://[^/]+", "")).is("/")
                                : header("Location").exists()))
                .exitHereIfFailed();
    }
}
