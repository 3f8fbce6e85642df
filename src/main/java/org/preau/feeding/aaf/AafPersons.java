package org.preau.feeding.aaf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.feeding.source.Operation;
import org.preau.feeding.source.SourcePerson;
import org.preau.feeding.source.SourceProfile;

/**
 * Reads person records: pupils ({@code Eleve}), staff ({@code PersEducNat}, {@code Enseignant}) and
 * relatives ({@code PersRelEleve}). A {@code PersEducNat} is a teacher when they stand before pupils
 * ({@code PersEducNatPresenceDevantEleves = O}) or hold an {@code ENS} function, other staff otherwise.
 * A {@code modifyRequest} is merged by {@link AafReader} with the entry as last imported, then read like an
 * {@code addRequest}: mandatory fields are checked on the result. Duplicate ids are sorted out before.
 */
final class AafPersons {

    static final String BAD_DATE = "import.warning.badDate";
    static final String BAD_VALUE = "import.warning.badValue";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private AafPersons() {
    }

    static void read(AafRecord record, AafKind kind, AafFileResult out) {
        if (record.request() == AafRecord.Request.DELETE) {
            delete(record, kind, out);
            return;
        }
        String id = record.first("ENTPersonJointure");
        String lastName = record.first("sn");
        String firstName = record.first("givenName");
        if (id == null || lastName == null || firstName == null) {
            List<String> missing = new ArrayList<>();
            addIfNull(missing, id, "ENTPersonJointure");
            addIfNull(missing, lastName, "sn");
            addIfNull(missing, firstName, "givenName");
            out.reject(record.line(), missing.getFirst(), AafNomenclature.MISSING_FIELD, String.join(", ", missing));
            return;
        }
        SourceProfile profile = profile(record, kind);
        AafPersonParts parts = new AafPersonParts(record, profile, out);
        out.add(new SourcePerson(Operation.UPSERT, id, profile, lastName, firstName, birthDate(record, out),
                email(record, out), parts.structures(), parts.classes(), parts.teachings(), parts.relatives(),
                parts.functions(), out.origin(record.line()), parts.groups()));
    }

    private static void delete(AafRecord record, AafKind kind, AafFileResult out) {
        String id = record.key();
        if (id.isEmpty()) {
            out.reject(record.line(), "identifier", AafNomenclature.MISSING_FIELD, "identifier");
        } else {
            out.add(SourcePerson.deletion(id, profile(record, kind), out.origin(record.line())));
        }
    }

    /**
     * The profile of a record of {@code kind}. A deleted {@code PersEducNat} carries nothing that tells a
     * teacher from other staff: it is read as {@code PERSONNEL}, to be applied as "this staff person leaves".
     */
    static SourceProfile profile(AafRecord record, AafKind kind) {
        return switch (kind) {
            case STUDENT -> SourceProfile.STUDENT;
            case RELATIVE -> SourceProfile.RELATIVE;
            case TEACHER -> SourceProfile.TEACHER;
            case STAFF -> teaches(record) ? SourceProfile.TEACHER : SourceProfile.PERSONNEL;
            default -> throw new IllegalArgumentException("not a person: " + kind);
        };
    }

    private static boolean teaches(AafRecord record) {
        return "O".equalsIgnoreCase(record.first("PersEducNatPresenceDevantEleves"))
                || record.values("ENTPersonFonctions").stream().anyMatch(f -> "ENS".equals(part(f, 1)));
    }

    private static @Nullable LocalDate birthDate(AafRecord record, AafFileResult out) {
        String value = record.first("ENTPersonDateNaissance");
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            out.warn(record.line(), BAD_DATE, "ENTPersonDateNaissance", value);
            return null;
        }
    }

    private static @Nullable String email(AafRecord record, AafFileResult out) {
        String mail = record.first("mail");
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+")) {
            out.warn(record.line(), BAD_VALUE, "mail", mail);
            return null;
        }
        return mail;
    }

    static @Nullable String part(String value, int index) {
        String[] parts = value.split("\\$", -1);
        return index < parts.length ? parts[index].strip() : null;
    }

    private static void addIfNull(List<String> missing, @Nullable String value, String field) {
        if (value == null) {
            missing.add(field);
        }
    }
}
