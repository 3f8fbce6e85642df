package org.preau.platform.db;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Started in a child JVM by {@link LeftoverServerTest}: starts the embedded PostgreSQL on the data
 * directory given, the way the application does, prints {@code READY <jdbc url>}, and waits to be
 * killed.
 */
public final class EmbeddedServerMain {

    private EmbeddedServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = EmbeddedPostgres.persistentDatabaseUrl(Path.of(args[0]), 0);
        System.out.println("READY " + url);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
