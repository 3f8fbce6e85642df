package org.preau.console;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.access.ShareRef;
import org.preau.access.SharingDialog;
import org.preau.directory.AdminViews.Member;
import org.preau.directory.AdminViews.PeopleFilter;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.DirectoryGroups;
import org.preau.directory.DirectorySearch;
import org.preau.directory.SearchHit;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.RequiresAction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Manual groups of a structure: list, create, members (add by name search, remove), delete,
 * share (co-management with people the admin reaches). Creating and deleting need the
 * console's groups right; a group's page and its members are also open to those it was
 * shared with, which the directory checks group by group.
 */
@Controller
class GroupsController {

    private final DirectoryGroups groups;
    private final DirectoryAdmin admin;
    private final DirectorySearch search;
    private final SharingDialog sharing;

    GroupsController(DirectoryGroups groups, DirectoryAdmin admin, DirectorySearch search, SharingDialog sharing) {
        this.groups = groups;
        this.admin = admin;
        this.search = search;
        this.sharing = sharing;
    }

    @GetMapping("/admin/structures/{id}/groups")
    @RequiresAction(value = ConsoleApplications.GROUPS, structure = "id")
    String list(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure, Model model) {
        model.addAttribute("structure", admin.structure(user, structure).orElseThrow(ConsoleController::notFound));
        model.addAttribute("groups", groups.groups(user, structure));
        return "console/groups";
    }

    @PostMapping("/admin/structures/{id}/groups")
    @RequiresAction(value = ConsoleApplications.GROUPS, structure = "id")
    String create(@AuthenticationPrincipal PreauUser user, @PathVariable("id") StructureId structure,
            @RequestParam String name) {
        admin.structure(user, structure).orElseThrow(ConsoleController::notFound);
        return groups.create(user, structure, name).map(g -> "redirect:/admin/groups/" + g)
                .orElse("redirect:/admin/structures/" + structure + "/groups?invalidName");
    }

    /**
     * A group's page, for the admins of its structure and those it was shared with: members,
     * people to add (found among the structure's people, or in the annuaire for a co-manager)
     * and, for those who manage it, the sharing dialog.
     */
    @AnyAuthenticated
    @GetMapping("/admin/groups/{id}")
    String group(@AuthenticationPrincipal PreauUser user, @PathVariable("id") UUID groupId,
            @RequestParam(required = false) @Nullable String q, Locale locale, Model model) {
        var group = groups.group(user, groupId).orElseThrow(ConsoleController::notFound);
        boolean administers = groups.administers(user, groupId);
        model.addAttribute("group", group);
        model.addAttribute("administers", administers);
        model.addAttribute("changeable", groups.changeable(user, groupId));
        model.addAttribute("q", q);
        if (q != null && q.strip().length() >= 2) {
            model.addAttribute("candidates", administers
                    ? admin.people(user, group.structure().id(), new PeopleFilter(null, null, "ACTIVE", q.strip()), 0)
                            .people().stream().map(p -> new Member(p.id(), p.displayName())).toList()
                    : search.search(user, q, 50).stream().filter(h -> h.type() == SearchHit.Kind.PERSON)
                            .map(h -> new Member(PersonId.of(h.id()), h.displayName())).toList());
        }
        sharing.view(user, new ShareRef(GroupSharingType.TYPE, groupId.toString()), null, locale, true)
                .ifPresent(view -> model.addAttribute("sharing", view));
        return "console/group";
    }

    @AnyAuthenticated
    @PostMapping("/admin/groups/{id}/members")
    String add(@AuthenticationPrincipal PreauUser user,
            @PathVariable("id") UUID groupId, @RequestParam PersonId person) {
        if (!groups.add(user, groupId, person)) {
            throw ConsoleController.notFound();
        }
        return "redirect:/admin/groups/" + groupId + "?added";
    }

    @AnyAuthenticated
    @PostMapping("/admin/groups/{id}/members/remove")
    String remove(@AuthenticationPrincipal PreauUser user,
            @PathVariable("id") UUID groupId, @RequestParam PersonId person) {
        if (!groups.remove(user, groupId, person)) {
            throw ConsoleController.notFound();
        }
        return "redirect:/admin/groups/" + groupId + "?removed";
    }

    @RequiresAction(ConsoleApplications.GROUPS)
    @PostMapping("/admin/groups/{id}/delete")
    String delete(@AuthenticationPrincipal PreauUser user, @PathVariable("id") UUID groupId) {
        var group = groups.group(user, groupId).orElseThrow(ConsoleController::notFound);
        if (!groups.delete(user, groupId)) {
            throw ConsoleController.notFound();
        }
        return "redirect:/admin/structures/" + group.structure().id() + "/groups?deleted";
    }
}
