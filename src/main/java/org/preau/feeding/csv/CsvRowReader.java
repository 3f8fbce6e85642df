package org.preau.feeding.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.feeding.csv.ColumnMapping.Field;
import org.preau.feeding.csv.CsvParser.Row;
import org.preau.feeding.source.Operation;
import org.preau.feeding.source.Origin;
import org.preau.feeding.source.Rejection;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourceChildLink;
import org.preau.feeding.source.SourceClassRef;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.SourceProfile;
import org.preau.feeding.source.SourceSubject;
import org.preau.feeding.source.SourceTeaching;
import org.preau.feeding.source.Warning;

/** Turns the data rows of one CSV file into persons (and, for relatives, links to children by name). */
final class CsvRowReader {

    static final String MISSING_VALUE = "import.error.missingValue";
    static final String BAD_DATE = "import.error.badDate";
    static final String UNTERMINATED_QUOTE = "import.error.unterminatedQuote";
    static final String BAD_VALUE = "import.warning.badValue";
    static final String NO_CHILD = "import.warning.noChild";
    private static final Set<String> YES = Set.of("oui", "o", "yes", "y", "x", "1", "true", "vrai");

    /** The subject of a primary class teacher, who teaches every subject of the class (as the demo's). */
    static final String POLYVALENT = "POLY";
    private static final String POLYVALENT_LABEL = "Enseignement polyvalent";

    private final String file;
    private final SourceProfile profile;
    private final String structure;
    private final ColumnMapping mapping;
    private final List<SourcePerson> persons = new ArrayList<>();
    private final List<SourceChildLink> childLinks = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    CsvRowReader(String file, SourceProfile profile, String structure, ColumnMapping mapping) {
        this.file = file;
        this.profile = profile;
        this.structure = structure;
        this.mapping = mapping;
    }

    void warn(int line, String key, String... args) {
        warnings.add(new Warning(file, line, key, Arrays.asList(args)));
    }

    void read(Row row) {
        if (row.unterminated()) {
            reject(row, "", UNTERMINATED_QUOTE);
            return;
        }
        String lastName = cell(row, Field.LAST_NAME);
        String firstName = cell(row, Field.FIRST_NAME);
        if (lastName.isEmpty() || firstName.isEmpty()) {
            String field = (lastName.isEmpty() ? Field.LAST_NAME : Field.FIRST_NAME).name();
            reject(row, field, MISSING_VALUE, field);
            return;
        }
        Optional<Optional<LocalDate>> birthDate = date(row, Field.BIRTH_DATE);
        if (birthDate.isEmpty()) {
            return;
        }
        String id = cell(row, Field.EXTERNAL_ID);
        if (id.isEmpty() && profile == SourceProfile.STUDENT && birthDate.get().isEmpty()) {
            reject(row, Field.BIRTH_DATE.name(), MISSING_VALUE, Field.BIRTH_DATE.name());
            return;
        }
        id = id.isEmpty() ? DerivedIds.of(profile, lastName, firstName, birthDate.get().orElse(null)) : id;
        List<SourceChildLink> children = profile == SourceProfile.RELATIVE ? children(row, id) : List.of();
        if (children == null) {
            return;
        }
        String usageName = cell(row, Field.USAGE_NAME);
        persons.add(new SourcePerson(Operation.UPSERT, id, profile, usageName.isEmpty() ? lastName : usageName,
                firstName, birthDate.get().orElse(null), email(row), List.of(structure),
                profile == SourceProfile.TEACHER ? List.of() : classes(row), teachings(row),
                List.of(), functions(row), new Origin(file, row.line())));
        childLinks.addAll(children);
    }

    SourceBatch toBatch() {
        List<SourceSubject> subjects = persons.stream().anyMatch(p -> !p.teachings().isEmpty())
                ? List.of(new SourceSubject(POLYVALENT, POLYVALENT_LABEL, structure, new Origin(file, 0))) : List.of();
        return new SourceBatch(List.of(), persons, subjects, List.of(), rejected, warnings, childLinks);
    }

    /**
     * A teacher's class (ONDE "Classe": the primary teacher's own class): taught in every subject, as the
     * polyvalent subject, so that the class shows them and they get its book like any teacher of it.
     */
    private List<SourceTeaching> teachings(Row row) {
        return profile != SourceProfile.TEACHER ? List.of()
                : classes(row).stream().map(c -> new SourceTeaching(structure, c.className(), POLYVALENT)).toList();
    }

    /** The children the row names, or null when one of them has a bad birth date (the row is rejected). */
    private @Nullable List<SourceChildLink> children(Row row, String relativeId) {
        List<SourceChildLink> links = new ArrayList<>();
        boolean legal = legalGuardian(cell(row, Field.RELATIONSHIP));
        for (int group = 1; group <= Field.CHILDREN; group++) {
            String last = cell(row, Field.child(group, Field.CHILD_LAST_NAME));
            String first = cell(row, Field.child(group, Field.CHILD_FIRST_NAME));
            if (last.isEmpty() && first.isEmpty()) {
                continue;
            }
            Optional<Optional<LocalDate>> birthDate = date(row, Field.child(group, Field.CHILD_BIRTH_DATE));
            if (birthDate.isEmpty()) {
                return null;
            }
            if (last.isEmpty() || first.isEmpty()) {
                warn(row.line(), BAD_VALUE, Field.child(group, last.isEmpty() ? Field.CHILD_LAST_NAME
                        : Field.CHILD_FIRST_NAME).name(), "");
                continue;
            }
            LocalDate born = birthDate.get().orElse(null);
            String childClass = cell(row, Field.child(group, Field.CHILD_CLASS));
            links.add(new SourceChildLink(relativeId,
                    born == null ? null : DerivedIds.of(SourceProfile.STUDENT, last, first, born), last, first, born,
                    childClass.isEmpty() ? null : childClass, legal, structure, new Origin(file, row.line())));
        }
        if (links.isEmpty()) {
            warn(row.line(), NO_CHILD);
        }
        return links;
    }

    /** A relative is a legal guardian unless a relationship column says otherwise ("autre", "contact"...). */
    private static boolean legalGuardian(String relationship) {
        String value = HeaderRecognizer.normalise(relationship);
        return !(value.startsWith("autre") || value.startsWith("other") || value.startsWith("contact")
                || value.startsWith("non") || value.startsWith("tiers"));
    }

    /** Empty when the date is bad (the row is then rejected); an empty optional inside when there is none. */
    private Optional<Optional<LocalDate>> date(Row row, Field field) {
        String text = cell(row, field);
        if (text.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        Optional<LocalDate> date = CsvDates.parse(text);
        if (date.isEmpty()) {
            reject(row, field.name(), BAD_DATE, text);
            return Optional.empty();
        }
        return Optional.of(date);
    }

    private @Nullable String email(Row row) {
        String email = cell(row, Field.EMAIL);
        if (email.isEmpty()) {
            return null;
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            warn(row.line(), BAD_VALUE, Field.EMAIL.name(), email);
            return null;
        }
        return email;
    }

    private List<SourceClassRef> classes(Row row) {
        String name = cell(row, Field.CLASS);
        return name.isEmpty() ? List.of() : List.of(new SourceClassRef(structure, name));
    }

    private Set<String> functions(Row row) {
        String director = cell(row, Field.DIRECTOR).toLowerCase(Locale.ROOT);
        return YES.contains(director) ? Set.of(structure + "$DIR") : Set.of();
    }

    private String cell(Row row, Field field) {
        Integer column = mapping.column(field);
        return column == null ? "" : row.cell(column).strip();
    }

    private void reject(Row row, String field, String key, String... args) {
        rejected.add(new Rejection(file, row.line(), field, key, Arrays.asList(args)));
    }
}
