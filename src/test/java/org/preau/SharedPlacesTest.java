package org.preau;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * An application is one package: the places every module shares name none of them, so that
 * adding or removing an application edits nothing outside it (docs/adding-a-module.md). The
 * applications are the module packages other than the platform's own modules; a place names one
 * when it holds its name as a word in lower case ({@code diary}, {@code /diary/…},
 * {@code diary.homework}, {@code org.preau.diary}, {@code diaryRead}). In Java, comments are not
 * read (an example in a javadoc wires nothing), and in bundles only the keys are.
 */
class SharedPlacesTest {

    /** The modules of the platform: everything else under org.preau is an application. */
    private static final Set<String> PLATFORM_MODULES = Set.of("platform", "directory", "identity", "access", "console",
            "portal", "timeline", "feeding", "demo");

    /**
     * Access's migrations from tomorrow on are shared places: applications declare their roles in
     * code, and the migrations of today and before (the seeded roles, the move to declared roles)
     * are history that may name the applications they seeded.
     */
    private static final long LAST_ACCESS_MIGRATION_NAMING_APPLICATIONS = 202612072359L;

    /**
     * Shared places allowed to name applications for a while (a branch that cleans them not merged
     * yet), with why: empty since the notices branch merged (one generic notice event instead of
     * one timeline listener per application; roles declared in code). A place listed here that no
     * longer names an application fails the test too, so that it is removed.
     */
    private static final Map<String, String> KNOWN_UNTIL_NOTICES_MERGES = Map.of();

    @Test
    void theApplicationsAreFound() throws IOException {
        assertThat(applications()).contains("diary", "messaging").doesNotContainAnyElementsOf(PLATFORM_MODULES);
    }

    @Test
    void theSharedPlacesNameNoApplication() throws IOException {
        Pattern names = names(applications());
        Map<String, List<String>> found = new TreeMap<>();
        for (Path place : sharedPlaces()) {
            String where = place.toString().replace('\\', '/');
            String text = Files.readString(place, StandardCharsets.UTF_8);
            List<String> lines = (where.endsWith(".java") ? withoutComments(text) : text).lines()
                    // in a bundle, the keys: the texts are words of a language ("your homework diary")
                    .map(line -> where.endsWith(".properties") ? line.split("=", 2)[0] : line).toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = names.matcher(lines.get(i));
                if (matcher.find()) {
                    found.computeIfAbsent(where, w -> new ArrayList<>()).add((i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        Map<String, List<String>> unexpected = new TreeMap<>(found);
        KNOWN_UNTIL_NOTICES_MERGES.keySet().forEach(unexpected::remove);
        assertThat(unexpected).as("shared places that name an application (move it into the application's package)")
                .isEmpty();
        assertThat(new TreeSet<>(KNOWN_UNTIL_NOTICES_MERGES.keySet()))
                .as("known places that name no application any more: remove them from KNOWN_UNTIL_NOTICES_MERGES")
                .isSubsetOf(found.keySet());
    }

    @Test
    void theCheckSeesANamedApplication() {
        Pattern names = names(Set.of("diary", "messaging"));
        assertThat(names.matcher("  <script th:src=\"@{/js/messaging.js}\" defer></script>").find()).isTrue();
        assertThat(names.matcher("    schemas: platform,diary").find()).isTrue();
        assertThat(names.matcher("role.seed.diaryRead=Cahier de textes").find()).isTrue();
        assertThat(names.matcher("import org.preau.diary.Diary;").find()).isTrue();
        assertThat(names.matcher("import jakarta.mail.MessagingException;").find()).isFalse();
        assertThat(names.matcher("an intermediary").find()).isFalse();
    }

    @Test
    void javaCommentsAreNotReadAndLinesKeepTheirNumbers() {
        String code = "/** the {@code diary.homework} type\n * of the diary */\nclass A { // diary\n String t = \"diary\"; }";
        assertThat(withoutComments(code).lines().toList()).hasSize(4).last().asString().contains("\"diary\"");
        assertThat(names(Set.of("diary")).matcher(withoutComments(code).lines().limit(3).reduce("", String::concat))
                .find()).isFalse();
    }

    /** Java text with its comments blanked out, line breaks kept (a "//" inside a string cuts the line: harmless here). */
    static String withoutComments(String java) {
        Matcher comment = Pattern.compile("(?s)/\\*.*?\\*/|//[^\n]*").matcher(java);
        StringBuilder out = new StringBuilder();
        while (comment.find()) {
            comment.appendReplacement(out, comment.group().replaceAll("[^\n]", ""));
        }
        comment.appendTail(out);
        return out.toString();
    }

    /** The module packages that are applications. */
    private static Set<String> applications() throws IOException {
        try (Stream<Path> packages = Files.list(Path.of("src/main/java/org/preau"))) {
            Set<String> applications = new TreeSet<>();
            packages.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !PLATFORM_MODULES.contains(name)).forEach(applications::add);
            return applications;
        }
    }

    private static Pattern names(Set<String> applications) {
        return Pattern.compile("(?<![A-Za-z0-9])(" + String.join("|", applications) + ")(?![a-z])");
    }

    /**
     * The Flyway and messages configuration, the layout, the platform's code and bundle, access's
     * migrations from now on, the timeline's listeners and the shared tests of the authorization matrix.
     */
    private static List<Path> sharedPlaces() throws IOException {
        List<Path> places = new ArrayList<>();
        places.add(Path.of("src/main/resources/application.yml"));
        places.addAll(files(Path.of("src/main/resources/templates/platform"), ".html"));
        places.add(Path.of("src/main/resources/static/css/preau.css"));
        places.addAll(files(Path.of("src/main/java/org/preau/platform"), ".java"));
        places.addAll(files(Path.of("src/main/resources/i18n"), ".properties"));
        files(Path.of("src/main/resources/db/migration/access"), ".sql").stream()
                .filter(p -> version(p) > LAST_ACCESS_MIGRATION_NAMING_APPLICATIONS)
                .forEach(places::add);
        files(Path.of("src/main/java/org/preau/timeline"), "Listener.java").forEach(places::add);
        places.add(Path.of("src/test/java/org/preau/access/AuthorizationMatrixTest.java"));
        places.add(Path.of("src/test/java/org/preau/access/EndpointDiscoveryTest.java"));
        assertThat(places).as("the shared places exist where this test looks").allMatch(Files::isRegularFile)
                .hasSizeGreaterThan(20);
        return places;
    }

    /** The version of a migration {@code V<yyyyMMddHHmm>__what.sql}. */
    private static long version(Path migration) {
        String name = migration.getFileName().toString();
        return Long.parseLong(name.substring(1, name.indexOf("__")));
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        }
    }
}
