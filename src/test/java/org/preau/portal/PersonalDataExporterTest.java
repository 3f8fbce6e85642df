package org.preau.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataExport;
import org.preau.platform.personaldata.PersonalDataPart;
import org.springframework.context.support.StaticMessageSource;

import tools.jackson.databind.json.JsonMapper;

/** The zip itself: a folder per part, ISO dates, unique file names, and a failing part named in errors.json. */
class PersonalDataExporterTest {

    record Dated(Instant at, String what) {
    }

    private static PersonalDataPart part(String name, java.util.function.BiConsumer<PersonId, PersonalDataExport> body) {
        return new PersonalDataPart() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void export(PersonId person, PersonalDataExport export) {
                body.accept(person, export);
            }
        };
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void eachPartHasItsFolderAndAFailingPartIsNamedInErrorsJson() throws IOException {
        var messages = new StaticMessageSource();
        messages.addMessage("export.readme.title", Locale.FRENCH, "Préau – Mes données");
        messages.addMessage("export.readme.date", Locale.FRENCH, "Téléchargé le {0}.");
        messages.addMessage("export.readme.intro", Locale.FRENCH, "Intro");
        messages.addMessage("export.readme.errors", Locale.FRENCH, "Erreurs");
        messages.addMessage("export.part.good", Locale.FRENCH, "Ce qui marche.");
        messages.addMessage("export.errors", Locale.FRENCH, "Une partie manque.");
        var clock = Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), ZoneOffset.UTC);
        var good = part("good", (person, export) -> {
            export.json("things", List.of(new Dated(Instant.parse("2026-12-01T08:00:00Z"), "a")));
            try {
                export.file("notes.txt", new ByteArrayInputStream("un".getBytes(StandardCharsets.UTF_8)));
                export.file("notes.txt", new ByteArrayInputStream("deux".getBytes(StandardCharsets.UTF_8)));
                export.file("../../etc/passwd", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        var broken = part("broken", (person, export) -> {
            throw new IllegalStateException("database down");
        });
        var exporter = new PersonalDataExporter(List.of(good, broken), JsonMapper.builder().build(), messages, clock);

        var out = new ByteArrayOutputStream();
        exporter.write(new PersonId(UUID.randomUUID()), Locale.FRENCH, out);
        var entries = unzip(out.toByteArray());

        assertThat(entries).containsKeys("README.txt", "good/things.json", "good/notes.txt", "good/notes (2).txt",
                "errors.json");
        assertThat(entries.keySet()).noneMatch(name -> name.contains("..")).noneMatch(name -> name.startsWith("broken/"));
        assertThat(entries.get("good/things.json")).contains("\"at\" : \"2026-12-01T08:00:00Z\"");
        assertThat(entries.get("good/notes (2).txt")).isEqualTo("deux");
        // the day of the export is Paris's: 8 December at 00:30
        assertThat(entries.get("README.txt")).contains("Téléchargé le 8 décembre 2026.").contains("good/")
                .contains("Ce qui marche.").contains("broken/");
        var errors = JsonMapper.builder().build().readTree(entries.get("errors.json"));
        assertThat(errors.get("failedParts").get(0).asString()).isEqualTo("broken");
        assertThat(errors.get("message").asString()).isEqualTo("Une partie manque.");
    }

    @Test
    void noErrorsFileWhenEveryPartWorked() throws IOException {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        var exporter = new PersonalDataExporter(List.of(part("good", (p, e) -> e.json("x", Map.of("a", 1)))),
                JsonMapper.builder().build(), messages, Clock.systemUTC());
        var out = new ByteArrayOutputStream();
        exporter.write(new PersonId(UUID.randomUUID()), Locale.ENGLISH, out);
        assertThat(unzip(out.toByteArray())).containsOnlyKeys("README.txt", "good/x.json");
    }
}
