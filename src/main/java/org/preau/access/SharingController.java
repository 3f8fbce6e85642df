package org.preau.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.platform.PreauUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.AnyAuthenticated;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sharing dialog's page and actions, for any application's resources, and "shared with
 * me". A resource the viewer does not manage (or that does not exist) is a 404.
 */
@AnyAuthenticated
@Controller
class SharingController {

    private final Sharing sharing;
    private final SharingDialog dialog;
    private final List<SharingType> types;

    SharingController(Sharing sharing, SharingDialog dialog, List<SharingType> types) {
        this.sharing = sharing;
        this.dialog = dialog;
        this.types = types;
    }

    @GetMapping("/access/sharing/{type}/{id}")
    String page(@AuthenticationPrincipal PreauUser user, @PathVariable String type, @PathVariable String id,
            @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "page") String back,
            @RequestHeader(name = "HX-Target", required = false) @Nullable String target, Locale locale, Model model) {
        var view = dialog.view(user, ref(type, id), q, locale, "resource".equals(back)).orElseThrow(SharingController::notFound);
        model.addAttribute("sharing", view);
        model.addAttribute("href", sharing.type(type).flatMap(t -> t.describe(id)).map(SharingType.Described::href)
                .orElse("/"));
        return "sharing-candidates".equals(target) ? "access/sharing-dialog :: candidates" : "access/sharing";
    }

    @PostMapping("/access/sharing/{type}/{id}")
    String share(@AuthenticationPrincipal PreauUser user, @PathVariable String type, @PathVariable String id,
            @RequestParam String grantee, @RequestParam ShareRights.Level level,
            @RequestParam(required = false) @Nullable List<String> extras, @RequestParam(defaultValue = "page") String back) {
        ShareRef ref = ref(type, id);
        var outcome = sharing.share(user, ref, grantee, new ShareRights(level, Set.copyOf(extras == null ? List.of() : extras)));
        return back(ref, back, switch (outcome) {
            case DONE -> "shared";
            case UNREACHABLE -> "unreachable";
            case UNKNOWN_RIGHT -> "unknownRight";
            default -> throw notFound();
        });
    }

    @PostMapping("/access/sharing/{type}/{id}/remove")
    String remove(@AuthenticationPrincipal PreauUser user, @PathVariable String type, @PathVariable String id,
            @RequestParam String grantee, @RequestParam(defaultValue = "page") String back) {
        ShareRef ref = ref(type, id);
        if (sharing.revoke(user, ref, grantee) != Sharing.Outcome.DONE) {
            throw notFound();
        }
        return back(ref, back, "removed");
    }

    /** Resources shared with the person, by type, with their titles and pages. */
    @GetMapping("/access/shared")
    String sharedWithMe(@AuthenticationPrincipal PreauUser user, Model model) {
        List<SharingDialog.SharedSection> sections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SharingType type : types) {
            if (!seen.add(type.type())) {
                continue;
            }
            List<SharingDialog.SharedItem> items = sharing.sharedWith(user, type.type(), 100).stream()
                    .flatMap(ref -> type.describe(ref.id()).stream())
                    .map(d -> new SharingDialog.SharedItem(d.title(), d.href())).toList();
            if (!items.isEmpty()) {
                sections.add(new SharingDialog.SharedSection(type.labelKey(), items));
            }
        }
        model.addAttribute("sections", sections);
        return "access/sharing-with-me";
    }

    /** The resource's own page (as its application names it) or the sharing page, with what happened. */
    private String back(ShareRef ref, String back, String what) {
        String page = "resource".equals(back)
                ? sharing.type(ref.type()).flatMap(t -> t.describe(ref.id())).map(SharingType.Described::href)
                        .filter(h -> h.startsWith("/") && !h.startsWith("//")).orElse(null)
                : null;
        var uri = page != null ? UriComponentsBuilder.fromUriString(page)
                : UriComponentsBuilder.fromPath("/access/sharing/{type}/{id}");
        return "redirect:" + uri.queryParam("sharing", what).fragment("sharing-dialog")
                .buildAndExpand(ref.type(), ref.id()).encode().toUriString();
    }

    private static ShareRef ref(String type, String id) {
        try {
            return new ShareRef(type, id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
