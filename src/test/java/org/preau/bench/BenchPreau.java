package org.preau.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.preau.Preau;
import org.preau.directory.Directory;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.ImportViews.Status;
import org.preau.feeding.Imports;
import org.preau.identity.Accounts;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Préau with a generated territory, for the HTTP load benchmarks (bench/*.sh start it; never
 * part of the application jar). On its first start on a data directory it imports a
 * territory of {@code preau.bench.persons} people (AAF files from {@link AafTerritoryGenerator},
 * deterministic) and its history ({@link BenchHistory}: sessions, homework, messages), gives
 * every account the password {@code preau.bench.password}, and writes
 * the logins per profile to {@code target/bench/logins-<PROFILE>.csv} for Gatling's feeders
 * (only the generated collèges' people: the demo accounts keep their own password).
 */
public final class BenchPreau {

    private static final Logger log = LoggerFactory.getLogger(BenchPreau.class);

    private BenchPreau() {
    }

    public static void main(String[] args) {
        SpringApplication.from(Preau::main).with(Territory.class).run(args);
    }

    /** Not a component: only {@link #main} adds it, so the tests' component scan never sees it. */
    static class Territory {

        @Bean
        ApplicationRunner benchTerritory(Imports imports, Directory directory, Accounts accounts, JdbcClient jdbc,
                TransactionTemplate transactions, Clock clock,
                @Value("${preau.bench.persons:50000}") int persons,
                @Value("${preau.bench.password:Bench-Preau-2026!}") String password,
                @Value("${preau.bench.out:target/bench}") Path out) {
            return args -> {
                int existing = jdbc.sql("select count(*) from directory.persons").query(Integer.class).single();
                if (existing < persons / 2) {
                    long start = System.nanoTime();
                    importTerritory(imports, admin(directory, jdbc), persons, out.resolve("territory"));
                    log.info("Bench territory of {} persons imported in {} s", persons, (System.nanoTime() - start) / 1_000_000_000);
                }
                long start = System.nanoTime();
                String history = transactions.execute(t -> new BenchHistory(jdbc, clock).writeIfMissing());
                log.info("Bench history: {} in {} s", history, (System.nanoTime() - start) / 1_000_000_000);
                String hash = accounts.hash(password);
                int set = jdbc.sql("update identity.accounts set password_hash = :h, activated_at = now() where password_hash is null")
                        .param("h", hash).update();
                log.info("Bench password set on {} accounts", set);
                writeLogins(jdbc, out);
            };
        }

        private static void importTerritory(Imports imports, PreauUser admin, int persons, Path dir) throws IOException {
            new AafTerritoryGenerator().write(persons, dir);
            List<Imports.Upload> uploads = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                    uploads.add(new Imports.Upload(p.getFileName().toString(), Files.readAllBytes(p)));
                }
            }
            UUID id = imports.start(admin, new Imports.StartImport(Kind.AAF, uploads, null, null, null)).id();
            await().atMost(Duration.ofMinutes(10)).until(() -> imports.find(admin, id).orElseThrow().status(),
                    s -> s == Status.READY || s == Status.FAILED);
            imports.apply(admin, id);
            await().atMost(Duration.ofMinutes(10)).until(() -> imports.find(admin, id).orElseThrow().status(),
                    s -> s == Status.APPLIED || s == Status.FAILED);
        }

        private static void writeLogins(JdbcClient jdbc, Path out) throws IOException {
            Files.createDirectories(out);
            for (String profile : List.of("STUDENT", "RELATIVE", "TEACHER", "PERSONNEL")) {
                List<String> logins = jdbc.sql("""
                        select distinct a.login from identity.accounts a
                        join directory.person_profiles p on p.person_id = a.person_id
                        join directory.structures s on s.id = p.structure_id
                        where p.profile = :profile and s.name like 'COLLEGE GENERE%' order by a.login""").param("profile", profile).query(String.class).list();
                List<String> lines = new ArrayList<>(List.of("login"));
                lines.addAll(logins);
                Files.write(out.resolve("logins-" + profile + ".csv"), lines);
            }
        }

        private static PreauUser admin(Directory directory, JdbcClient jdbc) {
            var id = new PersonId(jdbc.sql("select person_id from identity.accounts where login = 'admin.region'")
                    .query(UUID.class).single());
            return new PreauUser(id, "admin.region", "admin", directory.roles(id), true, null);
        }
    }
}
