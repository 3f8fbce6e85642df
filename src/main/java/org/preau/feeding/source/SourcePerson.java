package org.preau.feeding.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person as a source gives them, with everything needed to place them: structures, classes, what they
 * teach, their relatives (on pupils: links live on the pupil's record) and their functions.
 *
 * <p>{@code functions} hold {@code structureExternalId$CODE} values, such as {@code 0650499P$DIR} for the
 * head of a school or {@code 50477$ENS} for a teacher (the AAF function codes: ENS, DIR, EDU, DOC, ORI...).
 * {@code groups} are the teaching groups the person belongs to or teaches a subject to.
 * For an {@link Operation#DELETE} only {@code externalId} and {@code profile} are meaningful; the names
 * are then empty.
 */
public record SourcePerson(Operation operation, String externalId, SourceProfile profile, String lastName,
        String firstName, @Nullable LocalDate birthDate, @Nullable String email, List<String> structureExternalIds,
        List<SourceClassRef> classes, List<SourceTeaching> teachings, List<SourceRelativeLink> relatives,
        Set<String> functions, Origin origin, List<SourceGroupRef> groups) {

    public SourcePerson {
        groups = List.copyOf(groups);
        structureExternalIds = List.copyOf(structureExternalIds);
        classes = List.copyOf(classes);
        teachings = List.copyOf(teachings);
        relatives = List.copyOf(relatives);
        functions = Set.copyOf(functions);
    }

    /** A person in no teaching group (sources that know none, such as CSV files). */
    public SourcePerson(Operation operation, String externalId, SourceProfile profile, String lastName,
            String firstName, @Nullable LocalDate birthDate, @Nullable String email, List<String> structureExternalIds,
            List<SourceClassRef> classes, List<SourceTeaching> teachings, List<SourceRelativeLink> relatives,
            Set<String> functions, Origin origin) {
        this(operation, externalId, profile, lastName, firstName, birthDate, email, structureExternalIds, classes,
                teachings, relatives, functions, origin, List.of());
    }

    /** A deletion of the person known by {@code externalId} with {@code profile}. */
    public static SourcePerson deletion(String externalId, SourceProfile profile, Origin origin) {
        return new SourcePerson(Operation.DELETE, externalId, profile, "", "", null, null, List.of(), List.of(),
                List.of(), List.of(), Set.of(), origin);
    }
}
