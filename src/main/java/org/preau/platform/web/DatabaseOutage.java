package org.preau.platform.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request that cannot reach the database — no connection from the pool within its short
 * timeout, a connection broken on the way — is answered at once 503 with {@code Retry-After}: a
 * short page in the person's language, or a problem detail on the API, made without the database,
 * sessions or templates. It sits before the sessions, the first to read the database, so a
 * logged-in page is refused within the pool's timeout (1 s) rather than failing late with a 500.
 * Nothing is retried here: the request may have done part of its work.
 */
class DatabaseOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final int MAX_CAUSES = 32;

    private final Refusal refusal;
    private final PlainPage page;
    private final int retryAfterSeconds;
    private final AtomicLong refused = new AtomicLong();
    private volatile long lastReport = System.nanoTime() - TimeUnit.MINUTES.toNanos(2);

    DatabaseOutage(MessageSource messages, LocaleResolver locales, int retryAfterSeconds) {
        this.refusal = new Refusal(messages, locales);
        this.page = new PlainPage(messages, "error.database.title", "error.database.text", "error.503.retry", "");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Throwable cause = outage(e);
            if (cause == null || response.isCommitted()) {
                throw e;
            }
            report(cause);
            response.reset();
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
            refusal.answer(request, response, 503, "problem.database", page);
        }
    }

    /**
     * The cause that says the database cannot be reached, if it is one; a failed rollback hides
     * the failure that led to it (Spring keeps it aside: looked at too).
     */
    static @Nullable Throwable outage(Throwable failure) {
        Throwable e = failure;
        for (int i = 0; e != null && i < MAX_CAUSES; i++, e = e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof DataAccessResourceFailureException
                    || e instanceof SQLException sql && unreachable(sql.getSQLState())) {
                return e;
            }
            if (e instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    && tx.getApplicationException() != failure) {
                Throwable hidden = outage(tx.getApplicationException());
                if (hidden != null) {
                    return hidden;
                }
            }
        }
        return null;
    }

    /** Connection exceptions (class 08), and a server shutting down or starting ({@code 57P01}–{@code 57P03}). */
    private static boolean unreachable(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    private void report(Throwable cause) {
        long count = refused.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastReport > TimeUnit.MINUTES.toNanos(1)) {
            lastReport = now;
            log.warn("Database unreachable: {} requests answered 503 so far ({})", count,
                    cause.getClass().getSimpleName());
        }
    }
}
