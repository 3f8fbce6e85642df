package org.preau.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.preau.platform.NodeLocalState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Every test class of {@link PreauSpringTest} gets the database its application context had
 * when it started (migrated and seeded with the demo territory), while contexts are shared by
 * every class of the same configuration: starting a context costs seconds, cloning a database
 * a fraction of one.
 *
 * <p>As an initializer, it puts the application's pool in a {@link SwitchableDataSource}. As a
 * JUnit extension, before each test class: the first class of a context makes a template of
 * the untouched database; every later class gets a new database cloned from it, once the work
 * the previous class left running (event listeners) is done. What the node keeps in memory
 * ({@link NodeLocalState}) is forgotten, a {@link MovableClock} goes back to its start, and the
 * mails received so far are dropped.
 */
public final class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>,
        BeforeAllCallback {

    private static final Logger log = LoggerFactory.getLogger(FreshDatabase.class);
    private static final AtomicInteger CLONES = new AtomicInteger();
    private static final long SETTLE_NANOS = 5_000_000_000L;
    /**
     * How many application contexts the test classes may start in one run: each costs seconds
     * and memory. A test class that needs another configuration (an {@code @Import}, a property)
     * starts one; prefer the configurations that exist.
     */
    static final int MAX_CONTEXTS = 14;

    /** Per context: the template of its database, made by its first test class. */
    private static final Map<ApplicationContext, String> TEMPLATES = new ConcurrentHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("inFlightTasks", new InFlightTasks());
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof HikariDataSource pool && "dataSource".equals(name)
                        ? new SwitchableDataSource(pool) : bean;
            }
        });
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        if (!(context.getBean("dataSource") instanceof SwitchableDataSource pool)) {
            return;
        }
        String template = TEMPLATES.get(context);
        if (template == null) {
            settle(context);
            String made = "tpl_" + CLONES.incrementAndGet();
            pool.move(untouched -> {
                withServer(pool, c -> createFrom(c, untouched, made));
                return untouched;
            });
            TEMPLATES.put(context, made);
            ContextCloser.register(extension, context, TEMPLATES.size());
            if (TEMPLATES.size() > MAX_CONTEXTS) {
                throw new IllegalStateException("The tests started " + TEMPLATES.size() + " application contexts, more than "
                        + MAX_CONTEXTS + ": " + extension.getRequiredTestClass().getName()
                        + " should reuse a configuration that exists (same imports and properties)");
            }
        } else {
            clone(context, pool, template, extension.getRequiredTestClass().getSimpleName());
        }
        context.getBeansOfType(NodeLocalState.class).values().forEach(NodeLocalState::forget);
        context.getBeansOfType(MovableClock.class).values().forEach(MovableClock::reset);
        TestMailServer.clear();
    }

    /**
     * Starts again, within a test class, from the database as the context seeded it: for a test that compares
     * what several runs of the same work leave, each from the same start. The node's memory and the movable
     * clock are reset as for a new class.
     */
    public static void reset(ApplicationContext context, String why) throws SQLException {
        var pool = (SwitchableDataSource) context.getBean("dataSource");
        clone(context, pool, TEMPLATES.get(context), why);
        context.getBeansOfType(NodeLocalState.class).values().forEach(NodeLocalState::forget);
        context.getBeansOfType(MovableClock.class).values().forEach(MovableClock::reset);
    }

    /**
     * The application's pool reaches its database through {@code proxy} (which a test cuts to play
     * an outage) until {@link #reachDirectly}; the next test class reaches it directly anyway.
     */
    public static void reachThrough(ApplicationContext context, TcpProxy proxy) throws SQLException {
        var pool = (SwitchableDataSource) context.getBean("dataSource");
        proxy.forwardTo(pool.serverPort());
        pool.reachThrough(proxy.port());
    }

    public static void reachDirectly(ApplicationContext context) throws SQLException {
        ((SwitchableDataSource) context.getBean("dataSource")).reachThrough(0);
    }

    private static void clone(ApplicationContext context, SwitchableDataSource pool, String template, String why)
            throws SQLException {
        long t0 = System.nanoTime();
        settle(context);
        long t1 = System.nanoTime();
        String fresh = "clone_" + CLONES.incrementAndGet();
        pool.move(used -> {
            withServer(pool, c -> {
                createFrom(c, template, fresh);
                execute(c, "drop database if exists \"" + used + "\" with (force)");
            });
            return fresh;
        });
        log.info("Fresh database {} for {}: settled in {} ms, cloned in {} ms", fresh, why, (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
    }

    /**
     * Waits (a few seconds at most) for the asynchronous work of the previous class to end: its
     * event listeners, and the mails due now still in the outbox (sent by a scheduled job), so that
     * they do not reach the mail server once the next class has cleared it.
     */
    private static void settle(ApplicationContext context) throws SQLException {
        InFlightTasks tasks = context.getBean(InFlightTasks.class);
        if (!tasks.awaitNone(SETTLE_NANOS)) {
            log.info("Asynchronous tasks still running when the next test class starts");
        }
        var pool = (SwitchableDataSource) context.getBean("dataSource");
        var now = java.sql.Timestamp.from(context.getBean(java.time.Clock.class).instant());
        long deadline = System.nanoTime() + SETTLE_NANOS;
        try (Connection c = pool.getConnection(); var due = c.prepareStatement("""
                select count(*) from platform.outbound_mail
                where sent_at is null and failed_at is null and next_attempt_at <= ?""")) {
            due.setTimestamp(1, now);
            while (System.nanoTime() < deadline) {
                try (var rs = due.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
            }
            log.info("Mails still due in the outbox when the next test class starts");
        }
    }

    @FunctionalInterface
    private interface ServerWork {
        void run(Connection server) throws SQLException;
    }

    private static void withServer(SwitchableDataSource pool, ServerWork work) throws SQLException {
        try (Connection c = DriverManager.getConnection(pool.urlOf("postgres"), pool.username(), pool.password())) {
            work.run(c);
        }
    }

    /** Creates {@code target} as a copy of {@code source}, once nothing else is connected to it. */
    private static void createFrom(Connection server, String source, String target) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try (var s = server.prepareStatement(
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
                s.setString(1, source);
                s.execute();
            }
            try {
                execute(server, "create database \"" + target + "\" template \"" + source + "\" strategy file_copy");
                return;
            } catch (SQLException e) {
                // 55006: the source is still being accessed (a backend not yet gone)
                if (!"55006".equals(e.getSQLState()) || attempt >= 50) {
                    throw e;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
            }
        }
    }

    private static void execute(Connection server, String sql) throws SQLException {
        try (var s = server.createStatement()) {
            s.execute(sql);
        }
    }
}
