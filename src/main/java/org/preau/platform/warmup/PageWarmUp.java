package org.preau.platform.warmup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms the web path as a person reaches it: the login and activation pages in each language (the
 * whole filter chain, Thymeleaf and the message bundles) and the static files, over loopback to
 * this node's own port. Nothing is posted: no
 * login is attempted, no counter of any address moves.
 */
@Component
class PageWarmUp implements WarmUpTask {

    private static final List<String> PATHS = List.of("/login", "/activate", "/login/forgot",
            "/css/preau.css", "/js/preau.js", "/actuator/health/liveness");
    private static final List<String> LANGUAGES = List.of("fr-FR", "en-GB", "es-ES");

    private final String host;
    private volatile int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    PageWarmUp(@Value("${server.address:127.0.0.1}") String host) {
        this.host = host.contains(":") ? "[" + host + "]" : host;
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() == null) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public int rounds() {
        return port > 0 ? 150 : 0;
    }

    @Override
    public void run(int round) throws Exception {
        String path = PATHS.get(round % PATHS.size());
        String language = LANGUAGES.get(round / PATHS.size() % LANGUAGES.size());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .header("Accept-Language", language).header("User-Agent", "Préau warm-up")
                .timeout(Duration.ofSeconds(5)).GET().build();
        client.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
