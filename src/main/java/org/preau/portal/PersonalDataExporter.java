package org.preau.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipOutputStream;

import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.personaldata.PersonalDataPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Mes données": every module's {@link PersonalDataPart} written into one zip, streamed as it is
 * made (one folder per part, a {@code README.txt}, and an {@code errors.json} naming the parts
 * that failed, so that the person knows something is missing).
 */
@Service
class PersonalDataExporter {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataExporter.class);

    private final List<PersonalDataPart> parts;
    private final ObjectWriter json;
    private final MessageSource messages;
    private final Clock clock;

    PersonalDataExporter(List<PersonalDataPart> parts, JsonMapper json, MessageSource messages, Clock clock) {
        this.parts = parts.stream().sorted(Comparator.comparing(PersonalDataPart::name)).toList();
        this.json = json.writerWithDefaultPrettyPrinter();
        this.messages = messages;
        this.clock = clock;
    }

    /** The day of the export, in Paris. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PeopleTime.ZONE);
    }

    /** The names of the parts, in the order of the zip. */
    List<String> partNames() {
        return parts.stream().map(PersonalDataPart::name).distinct().toList();
    }

    /** Writes the zip of everything held about {@code person} to {@code out}; {@code locale}: the reader's. */
    void write(PersonId person, Locale locale, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        var root = new PersonalDataZip(zip, json, "");
        root.write("README.txt", readme(locale).getBytes(StandardCharsets.UTF_8));
        List<String> failed = new ArrayList<>();
        for (PersonalDataPart part : parts) {
            long started = System.nanoTime();
            try {
                part.export(person, new PersonalDataZip(zip, json, part.name()));
            } catch (RuntimeException e) {
                log.warn("Personal data export: part {} failed for person {}", part.name(), person, e);
                failed.add(part.name());
            }
            log.debug("Personal data export: part {} for person {} in {} ms", part.name(), person,
                    (System.nanoTime() - started) / 1_000_000);
        }
        if (!failed.isEmpty()) {
            root.write("errors.json", json.writeValueAsBytes(Map.of(
                    "failedParts", failed,
                    "message", messages.getMessage("export.errors", null, locale))));
        }
        zip.finish();
        zip.flush();
    }

    private String readme(Locale locale) {
        var text = new StringBuilder();
        text.append(messages.getMessage("export.readme.title", null, locale)).append("\r\n\r\n");
        text.append(messages.getMessage("export.readme.date", new Object[] {
                today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)) }, locale))
                .append("\r\n\r\n");
        text.append(messages.getMessage("export.readme.intro", null, locale)).append("\r\n\r\n");
        for (String name : partNames()) {
            text.append(name).append("/\r\n    ")
                    .append(messages.getMessage("export.part." + name, null, name, locale)).append("\r\n");
        }
        text.append("\r\n").append(messages.getMessage("export.readme.errors", null, locale)).append("\r\n");
        return text.toString();
    }
}
