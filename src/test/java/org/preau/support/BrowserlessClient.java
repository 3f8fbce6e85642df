package org.preau.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plain HTTP client against a running Préau, with its own cookie jar (it keeps Secure
 * cookies although tests speak plain HTTP to localhost), for tests that need the real
 * servlet container: error pages, restarts.
 */
public final class BrowserlessClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public BrowserlessClient(int port) {
        this.port = port;
    }

    /** The same cookies, against another port (the same application after a restart). */
    public BrowserlessClient onPort(int newPort) {
        var other = new BrowserlessClient(newPort);
        other.cookies.putAll(cookies);
        return other;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Logs in through the login form; returns the answer to the form post. */
    public HttpResponse<String> login(String login, String password) throws IOException, InterruptedException {
        var page = get("/login");
        var token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        return send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Sends a request built elsewhere, with this client's cookies (and keeps the ones it gets back). */
    public HttpResponse<String> send(HttpRequest.Builder request, String path) throws IOException, InterruptedException {
        return send(request.uri(uri(path)));
    }

    /** The value of a cookie this client holds, such as {@code XSRF-TOKEN}. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** A GET whose body is read line by line as it arrives (a stream of Server-Sent Events). */
    public HttpResponse<java.util.stream.Stream<String>> lines(String path, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, HttpResponse.BodyHandlers.ofLines());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        var response = http.send(request.build(), body);
        response.headers().allValues("Set-Cookie").forEach(header -> {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        });
        return response;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
