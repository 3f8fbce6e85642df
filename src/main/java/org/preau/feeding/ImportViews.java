package org.preau.feeding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;

/** Imports as people and the API see them. */
public final class ImportViews {

    private ImportViews() {
    }

    /** The register an import comes from. */
    public enum Kind {
        AAF, CSV
    }

    /**
     * Where an import stands: a dry run runs, is ready to apply, is applied, or failed. INTERRUPTED is never
     * stored: a dry run or an apply whose node stopped beating its heartbeat (it died); it can be resumed.
     */
    public enum Status {
        RUNNING, READY, APPLYING, APPLIED, FAILED, INTERRUPTED;

        public boolean finished() {
            return this == READY || this == APPLIED || this == FAILED || this == INTERRUPTED;
        }

        /** An admin may run it again: interrupted, or failed (what failed, the dry run or the apply, runs again). */
        public boolean resumable() {
            return this == FAILED || this == INTERRUPTED;
        }
    }

    /** An uploaded file. */
    public record FileInfo(String name, long size) {
    }

    /** A rejected line or a warning, with a message key to show in the reader's language. */
    public record Line(String file, int line, @Nullable String field, String messageKey, List<String> args) {
    }

    /** Changes to people of one profile. */
    public record ProfileCounts(String profile, int created, int updated, int unchanged, int removed, int held) {
    }

    /**
     * Totals over every profile; {@code held}: parents linked to no pupil, kept out of the directory (no
     * account, no letter) until a pupil names them.
     */
    public record Counts(int created, int updated, int unchanged, int removed, int held) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    /** What a dry run found, or what an apply did. */
    public record Report(Counts counts, List<ProfileCounts> byProfile, List<Line> rejected, List<Line> warnings,
            List<String> failedStructures, int accountsOpened) {
    }

    /** An import with its files, state and report. */
    public record ImportView(UUID id, Kind kind, Status status, boolean full, @Nullable StructureId structure,
            @Nullable String profile, PersonId createdBy, Instant createdAt, Instant updatedAt, List<FileInfo> files,
            @Nullable Report report, @Nullable String errorKey) {
    }
}
