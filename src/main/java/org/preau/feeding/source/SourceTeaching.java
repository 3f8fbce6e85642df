package org.preau.feeding.source;

import org.jspecify.annotations.Nullable;

/**
 * What a teacher teaches in a structure: a subject (by code) in a class, or a subject taught to a group
 * ({@code className} null), or a class with no subject known ({@code subjectCode} null).
 */
public record SourceTeaching(String structureExternalId, @Nullable String className, @Nullable String subjectCode) {
}
