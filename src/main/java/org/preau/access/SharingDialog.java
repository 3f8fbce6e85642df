package org.preau.access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.directory.SearchHit;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Component;

/**
 * What the sharing dialog shows ({@code templates/access/sharing-dialog.html}): an
 * application's page puts {@link #view} in its model as {@code sharing} and includes the
 * fragment {@code dialog(${sharing})}; the dialog posts to {@code /access/sharing/{type}/{id}}.
 */
@Component
public class SharingDialog {

    /** Most people and groups proposed for one search. */
    static final int MAX_CANDIDATES = 20;

    /** Someone the viewer may share with: a {@code person:<uuid>} or a group id, named. */
    public record Candidate(String grantee, String name, boolean group, @Nullable String detail) {
    }

    /**
     * The dialog of a resource for one of its managers. {@code back} is where its forms come
     * back to: the resource's own page ({@code resource}) or the sharing page ({@code page}).
     */
    public record View(ShareRef ref, String title, String typeLabelKey, List<String> extras, List<Sharing.Entry> entries,
            @Nullable String query, @Nullable List<Candidate> candidates, String back, boolean open) {

        public List<ShareRights.Level> levels() {
            return List.of(ShareRights.Level.values());
        }
    }

    /** A resource shared with the viewer, on the "shared with me" page. */
    public record SharedItem(String title, String href) {
    }

    /** The resources of one type shared with the viewer. */
    public record SharedSection(String labelKey, List<SharedItem> items) {
    }

    private final Sharing sharing;
    private final Reach reach;

    SharingDialog(Sharing sharing, Reach reach) {
        this.sharing = sharing;
        this.reach = reach;
    }

    /** The dialog, when the resource exists and {@code viewer} manages it; candidates when a query is given. */
    public Optional<View> view(PreauUser viewer, ShareRef ref, @Nullable String query, Locale locale, boolean onResourcePage) {
        var type = sharing.type(ref.type());
        var described = type.flatMap(t -> t.describe(ref.id()));
        if (type.isEmpty() || described.isEmpty()) {
            return Optional.empty();
        }
        return sharing.entries(viewer, ref, locale).map(entries -> new View(ref, described.get().title(),
                type.get().labelKey(), type.get().extras(), entries, query, candidates(viewer, query),
                onResourcePage ? "resource" : "page", !onResourcePage || query != null));
    }

    /** People and groups the viewer reaches whose name matches; null without a query. */
    @Nullable List<Candidate> candidates(PreauUser viewer, @Nullable String query) {
        if (query == null || query.strip().length() < 2) {
            return null;
        }
        return reach.find(viewer, query, MAX_CANDIDATES * 2).stream()
                .filter(h -> h.type() != SearchHit.Kind.CLASS)
                .filter(h -> !h.id().equals(viewer.personId().toString()))
                .limit(MAX_CANDIDATES)
                .map(h -> h.type() == SearchHit.Kind.PERSON
                        ? new Candidate(Sharing.PERSON_PREFIX + h.id(), h.displayName(), false, h.structure())
                        : new Candidate(h.id(), h.displayName(), true, h.structure()))
                .toList();
    }
}
