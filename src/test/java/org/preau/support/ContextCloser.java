package org.preau.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closes a shared application context at the end of the run, while its embedded PostgreSQL
 * still runs. Left to the JVM's shutdown hooks, the database may stop first (it has its own
 * hook), and closing the application then waits for a connection until Surefire kills the JVM.
 */
record ContextCloser(ConfigurableApplicationContext application) implements AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ContextCloser.class);

    static void register(ExtensionContext extension, ApplicationContext context, int started) {
        var store = extension.getRoot().getStore(NAMESPACE);
        if (context instanceof ConfigurableApplicationContext closable) {
            store.computeIfAbsent(closable, ContextCloser::new);
        }
        store.put(Count.class, new Count(started));
    }

    /** Says at the end of the run how many contexts the tests started. */
    record Count(int started) implements AutoCloseable {

        @Override
        public void close() {
            System.out.printf("Application contexts started by the tests of this run: %d (at most %d)%n", started,
                    FreshDatabase.MAX_CONTEXTS);
        }
    }

    @Override
    public void close() {
        application.close();
    }
}
