package org.preau.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.directory.Directory;
import org.preau.feeding.ImportViews.ImportView;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.ImportViews.Status;
import org.preau.feeding.Imports;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import times, through the whole pipeline (upload, read, plan, apply, accounts):
 * {@code ./mvnw test -Dtest=ImportBenchmark -Dspring.profiles.active=test} (not part of verify).
 */
@SpringBootTest
class ImportBenchmark {

    @Autowired
    Imports imports;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path generated;

    @Test
    void importTimes() throws IOException {
        PreauUser admin = admin();
        List<Imports.Upload> complet = uploads(Path.of("../shared/fixtures/aaf/complet-2013"));
        run(admin, "AAF complet-2013 (first import)", complet);
        run(admin, "AAF complet-2013 (re-import, no change)", complet);
        new AafTerritoryGenerator().write(50_000, generated);
        run(admin, "generated territory of 50,000 people", uploads(generated));
        run(admin, "generated territory (re-import, no change)", uploads(generated));
    }

    private void run(PreauUser admin, String label, List<Imports.Upload> files) {
        long start = System.nanoTime();
        ImportView view = imports.start(admin, new Imports.StartImport(Kind.AAF, files, null, null, null));
        ImportView ready = awaitStatus(admin, view.id(), Status.READY);
        long dryRun = System.nanoTime() - start;
        long applyStart = System.nanoTime();
        imports.apply(admin, view.id());
        ImportView applied = awaitStatus(admin, view.id(), Status.APPLIED);
        long apply = System.nanoTime() - applyStart;
        var counts = applied.report().counts();
        System.out.printf("%-45s dry run %6.1f s, apply %6.1f s, total %6.1f s  (created %d, updated %d, unchanged %d, removed %d, accounts %d)%n",
                label, dryRun / 1e9, apply / 1e9, (dryRun + apply) / 1e9, counts.created(), counts.updated(),
                counts.unchanged(), counts.removed(), applied.report().accountsOpened());
        if (ready.report().rejected().size() > 0) {
            System.out.println("  rejected lines: " + ready.report().rejected().size());
        }
    }

    private ImportView awaitStatus(PreauUser admin, UUID id, Status wanted) {
        return await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> imports.find(admin, id).orElseThrow(),
                        v -> v.status() == wanted || v.status() == Status.FAILED);
    }

    private PreauUser admin() {
        var id = new PersonId(jdbc.sql("select person_id from identity.accounts where login = 'admin.region'")
                .query(UUID.class).single());
        return new PreauUser(id, "admin.region", "admin", directory.roles(id), true, null);
    }

    private static List<Imports.Upload> uploads(Path dir) throws IOException {
        List<Imports.Upload> uploads = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                uploads.add(new Imports.Upload(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return uploads;
    }
}
