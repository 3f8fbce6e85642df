package org.preau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.FilterChain;

class AdmissionControlTest {

    private final AdmissionControl admission = new AdmissionControl(new AdmissionControl.Limits(1, 1, 5_000, 5),
            messages(), new AcceptHeaderLocaleResolver());

    @Test
    void beyondTheRunningAndWaitingRequestsTheNextIsRejectedAtOnceWith503() throws Exception {
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        FilterChain slow = (req, res) -> {
            inside.countDown();
            await(release);
            ((MockHttpServletResponse) res).setStatus(200);
        };
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<MockHttpServletResponse> first = pool.submit(() -> serve("/", slow));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            Future<MockHttpServletResponse> queued = pool.submit(() -> serve("/", (req, res) -> { }));
            org.awaitility.Awaitility.await().until(() -> admission.waiting() == 1);

            serve("/", (req, res) -> { }); // the first rejection builds the page of its language once
            serve("/api/v1/me", (req, res) -> { });
            long start = System.nanoTime();
            MockHttpServletResponse page = serve("/", (req, res) -> { });
            MockHttpServletResponse api = serve("/api/v1/me", (req, res) -> { });
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(50));
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).isEqualTo("5");
            assertThat(page.getContentAsString()).contains("Préau est très sollicité").contains("lang=\"fr\"");
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getContentType()).startsWith("application/problem+json");
            assertThat(api.getContentAsString()).contains("\"status\":503").contains("réessayez");
            assertThat(serve("/actuator/health/liveness", (req, res) -> { }).getStatus()).isEqualTo(200);

            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            assertThat(queued.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(serve("/", (req, res) -> { }).getStatus()).isEqualTo(200);
    }

    @Test
    void aStreamThatWentAsynchronousHoldsNoSlotWhileItStaysOpen() throws Exception {
        var stream = new MockHttpServletRequest("GET", "/timeline/stream");
        stream.setAsyncSupported(true);
        var streamResponse = new MockHttpServletResponse();
        admission.doFilter(stream, streamResponse, (req, res) -> req.startAsync());
        assertThat(stream.isAsyncStarted()).as("the stream is still open").isTrue();

        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertThat(serve("/", (req, res) -> ((MockHttpServletResponse) res).setStatus(200)).getStatus())
                    .isEqualTo(200);
        }
        assertThat(System.nanoTime() - start).as("served at once, not after waiting for a slot")
                .isLessThan(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void loginPostsHaveTheirOwnGateAndPassUncounted() throws Exception {
        var gated = new AdmissionControl(new AdmissionControl.Limits(1, 0, 5_000, 5), messages(),
                new AcceptHeaderLocaleResolver(), java.util.Set.of("POST /login"));
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> {
                var request = new MockHttpServletRequest("GET", "/");
                gated.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    await(release);
                });
                return null;
            });
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            var page = new MockHttpServletResponse();
            gated.doFilter(new MockHttpServletRequest("GET", "/login"), page, (req, res) -> { });
            assertThat(page.getStatus()).as("the form is admitted like any page").isEqualTo(503);
            var post = new MockHttpServletResponse();
            gated.doFilter(new MockHttpServletRequest("POST", "/login"), post, (req, res) -> ((MockHttpServletResponse) res).setStatus(302));
            assertThat(post.getStatus()).isEqualTo(302);
            release.countDown();
        }
    }

    @Test
    void aBodyIsReadBeforeAdmissionAndReplayedToTheApplicationAndAnOversizedOneIsRefusedFirst() throws Exception {
        var small = new AdmissionControl(new AdmissionControl.Limits(1, 0, 5_000, 5), messages(),
                new AcceptHeaderLocaleResolver(), java.util.Set.of(), new BodyFirst(2, 16, 5_000));
        var json = new MockHttpServletRequest("POST", "/api/v1/messages");
        json.setContentType("application/json");
        json.setContent("{\"subject\":\"é\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        small.doFilter(json, new MockHttpServletResponse(), (req, res) -> seen.append(
                new String(req.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(seen).hasToString("{\"subject\":\"é\"}");

        var big = new MockHttpServletRequest("POST", "/api/v1/messages");
        big.setContentType("application/json");
        big.setContent(new byte[17]);
        var refused = new MockHttpServletResponse();
        small.doFilter(big, refused, (req, res) -> seen.append("reached"));
        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getContentAsString()).contains("\"status\":413");
        assertThat(seen).doesNotContain("reached");
    }

    private MockHttpServletResponse serve(String path, FilterChain chain) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(Locale.FRENCH);
        var response = new MockHttpServletResponse();
        admission.doFilter(request, response, chain);
        return response;
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
