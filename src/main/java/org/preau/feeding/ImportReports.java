package org.preau.feeding;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Profile;
import org.preau.directory.SyncModel.Change;
import org.preau.directory.SyncModel.SyncReport;
import org.preau.feeding.ImportViews.Counts;
import org.preau.feeding.ImportViews.Line;
import org.preau.feeding.ImportViews.ProfileCounts;
import org.preau.feeding.ImportViews.Report;
import org.preau.feeding.source.SourceBatch;

/** Builds the report of an import from what was read and what the directory said. */
final class ImportReports {

    private static final String ORPHAN_RELATIVES = "import.warning.orphanRelatives";

    private ImportReports() {
    }

    static Report of(SourceBatch source, @Nullable SyncReport sync, int accountsOpened) {
        List<Line> rejected = source.rejected().stream()
                .map(r -> new Line(r.file(), r.line(), r.field(), r.messageKey(), r.args())).toList();
        // parents linked to no pupil are counted once as held by the directory's plan: not again per file
        List<Line> warnings = new ArrayList<>(source.warnings().stream()
                .filter(w -> sync == null || !ORPHAN_RELATIVES.equals(w.messageKey()))
                .map(w -> new Line(w.file(), w.line(), null, w.messageKey(), w.args())).toList());
        if (sync == null) {
            return new Report(Counts.NONE, List.of(), rejected, warnings, List.of(), accountsOpened);
        }
        sync.warnings().forEach(w -> warnings.add(new Line("", 0, null, w.messageKey(), w.args())));
        List<ProfileCounts> byProfile = new ArrayList<>();
        for (Profile p : Profile.values()) {
            var c = sync.counts().byProfile().get(p);
            int total = c.values().stream().mapToInt(Integer::intValue).sum();
            if (total > 0) {
                byProfile.add(new ProfileCounts(p.name(), c.get(Change.CREATED), c.get(Change.UPDATED),
                        c.get(Change.UNCHANGED), c.get(Change.REMOVED), c.get(Change.HELD)));
            }
        }
        var counts = new Counts(sync.counts().total(Change.CREATED), sync.counts().total(Change.UPDATED),
                sync.counts().total(Change.UNCHANGED), sync.counts().total(Change.REMOVED),
                sync.counts().total(Change.HELD));
        return new Report(counts, byProfile, rejected, warnings,
                sync.failures().stream().map(f -> f.structureExternalId()).toList(), accountsOpened);
    }
}
