package org.preau.feeding.source;

/**
 * A pupil's link to a relative: whether the relative is a legal guardian, pays the school fees
 * ({@code financial}) and is to be contacted.
 */
public record SourceRelativeLink(String relativeExternalId, boolean legalGuardian, boolean financial,
        boolean contact) {
}
