package org.preau.platform.web;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Admission control: at most {@code max-concurrent} requests are served at once, at most
 * {@code max-queue} wait (each for {@code queue-timeout} at most), and every other request is
 * answered at once with 503 and {@code Retry-After} — a short page in the person's language, or
 * a problem detail on the API — instead of slowing everyone down. Health probes and static
 * files are never held back. A request that goes asynchronous (the timeline's Server-Sent
 * Events) gives its slot back as soon as its handler returns, however long it stays open: its
 * later asynchronous dispatches are not filtered again.
 *
 * <p>A request's body is read before it takes a slot ({@link BodyFirst}): a client trickling
 * its body a byte at a time holds its connection only, and one address sends at most a few
 * bodies at once.
 */
public class AdmissionControl extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdmissionControl.class);

    /** The limits; {@code retryAfterSeconds} is what rejected clients are told. */
    public record Limits(int maxConcurrent, int maxQueue, long queueTimeoutMillis, int retryAfterSeconds) {
    }

    private final Limits limits;
    private final Set<String> ownGates;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong rejected = new AtomicLong();
    private final Refusal refusal;
    private final PlainPage page;
    private final BodyFirst bodies;
    private final java.util.Map<Integer, PlainPage> refusals;
    private volatile long lastReport = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);
    private final AtomicLong refusedBodies = new AtomicLong();
    private volatile long lastBodyReport = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);

    public AdmissionControl(Limits limits, MessageSource messages, LocaleResolver locales) {
        this(limits, messages, locales, Set.of());
    }

    /**
     * With requests that have an admission of their own ({@code "POST /login"}: the password
     * checks' gate, with its short queue ordered against attacks): they pass here uncounted, so
     * that logins waiting their turn for a core never take the slots of other pages.
     */
    public AdmissionControl(Limits limits, MessageSource messages, LocaleResolver locales, Set<String> ownGates) {
        this(limits, messages, locales, ownGates, BodyFirst.defaults());
    }

    AdmissionControl(Limits limits, MessageSource messages, LocaleResolver locales, Set<String> ownGates, BodyFirst bodies) {
        this.bodies = bodies;
        this.refusals = java.util.Map.of(
                429, new PlainPage(messages, "error.uploads.title", "error.uploads.text", "error.503.retry", ""),
                413, new PlainPage(messages, "error.413.title", "error.413.text", "error.back", "/"),
                408, new PlainPage(messages, "error.body.title", "error.body.text", "error.back", "/"),
                400, new PlainPage(messages, "error.body.title", "error.body.text", "error.back", "/"));
        this.ownGates = Set.copyOf(ownGates);
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent());
        this.refusal = new Refusal(messages, locales);
        this.page = new PlainPage(messages, "error.503.title", "error.503.text", "error.503.retry", "");
    }

    /** How many requests wait for a slot now. */
    int waiting() {
        return waiting.get();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/health") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request = bodies.read(request);
        } catch (BodyFirst.Refused refused) {
            refuse(request, response, refused);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ownGates.contains(request.getMethod() + " " + path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!admit()) {
            reject(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    private boolean admit() {
        if (running.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > limits.maxQueue()) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return running.tryAcquire(limits.queueTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, BodyFirst.Refused refused)
            throws IOException {
        long count = refusedBodies.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastBodyReport > TimeUnit.MINUTES.toNanos(1)) {
            lastBodyReport = now;
            log.warn("Bodies refused before admission: {} so far, the last {} ({})", count, refused.status(),
                    refused.getMessage());
        }
        if (refused.status() == 429) {
            response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
        }
        response.setHeader("Connection", "close");
        answer(request, response, refused.status(), "problem.body." + refused.status(), refusals.get(refused.status()));
    }

    private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long count = rejected.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastReport > TimeUnit.MINUTES.toNanos(1)) {
            lastReport = now;
            log.warn("Overloaded: {} requests answered 503 so far ({} running, {} waiting)", count,
                    limits.maxConcurrent() - running.availablePermits(), waiting.get());
        }
        response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
        answer(request, response, 503, "problem.overloaded", page);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, int status, String detailKey,
            PlainPage html) throws IOException {
        refusal.answer(request, response, status, detailKey, html);
    }
}
