package org.preau.feeding.csv;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.feeding.source.SourceProfile;

/**
 * Which column (0-based) holds which {@link Field} of a CSV file. A file of relatives may name up to three
 * children per row: {@code CHILD_*} for the first, {@code CHILD2_*} and {@code CHILD3_*} for the others.
 */
public record ColumnMapping(Map<Field, Integer> columns) {

    /** What a column can hold. */
    public enum Field {
        EXTERNAL_ID, LAST_NAME, USAGE_NAME, FIRST_NAME, BIRTH_DATE, EMAIL, CLASS, DIRECTOR, RELATIONSHIP,
        CHILD_LAST_NAME, CHILD_FIRST_NAME, CHILD_BIRTH_DATE, CHILD_CLASS,
        CHILD2_LAST_NAME, CHILD2_FIRST_NAME, CHILD2_BIRTH_DATE, CHILD2_CLASS,
        CHILD3_LAST_NAME, CHILD3_FIRST_NAME, CHILD3_BIRTH_DATE, CHILD3_CLASS;

        /** How many children a row may name. */
        public static final int CHILDREN = 3;

        /**
         * The field of child {@code group} (1 to {@link #CHILDREN}) matching {@code field} of the first
         * child ({@code CHILD_LAST_NAME} and 2 give {@code CHILD2_LAST_NAME}).
         */
        public static Field child(int group, Field field) {
            return group == 1 ? field : valueOf(field.name().replace("CHILD_", "CHILD" + group + "_"));
        }
    }

    public ColumnMapping {
        columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(columns));
    }

    /** The column of {@code field}, or null when no column holds it. */
    public @Nullable Integer column(Field field) {
        return columns.get(field);
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    /**
     * The fields a file of {@code profile} must have and this mapping lacks: last and first names always,
     * the birth date of pupils that have no id column, the first child's names for relatives.
     */
    public List<Field> missingFor(SourceProfile profile) {
        Set<Field> required = EnumSet.of(Field.LAST_NAME, Field.FIRST_NAME);
        if (profile == SourceProfile.STUDENT && !has(Field.EXTERNAL_ID)) {
            required.add(Field.BIRTH_DATE);
        }
        if (profile == SourceProfile.RELATIVE) {
            required.add(Field.CHILD_LAST_NAME);
            required.add(Field.CHILD_FIRST_NAME);
        }
        return required.stream().filter(field -> !has(field)).toList();
    }
}
