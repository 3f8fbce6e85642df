package org.preau.access;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.access.RolesRepository.Mode;
import org.preau.access.RolesRepository.RoleRow;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The territory's roles (list, create, change, delete) and its defaults per profile, for the central admin. */
@Controller
@RequiresAction(RightsRules.ROLES)
class RolesController {

    private static final String MODE_PREFIX = "mode_";

    private final RolesAdmin roles;
    private final ActionsCatalog catalog;
    private final RolesNames names;

    RolesController(RolesAdmin roles, ActionsCatalog catalog, RolesNames names) {
        this.roles = roles;
        this.catalog = catalog;
        this.names = names;
    }

    @GetMapping("/admin/roles")
    String list(@AuthenticationPrincipal PreauUser user, Model model, Locale locale) {
        requireCentral(user);
        var views = roles.roles(user);
        model.addAttribute("roles", views);
        model.addAttribute("roleNames", names.of(views.stream().map(RolesAdmin.RoleView::role).toList(), locale));
        return "access/roles";
    }

    @GetMapping("/admin/roles/new")
    String create(@AuthenticationPrincipal PreauUser user, Model model) {
        requireCentral(user);
        return form(model, null, "", Set.of(), null);
    }

    @PostMapping("/admin/roles")
    String create(@AuthenticationPrincipal PreauUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "actions", required = false) @Nullable List<String> actions, Model model) {
        requireCentral(user);
        Set<String> chosen = actions == null ? Set.of() : Set.copyOf(actions);
        var saved = roles.save(user, null, name, chosen);
        return saved.id() != null ? "redirect:/admin/roles?saved" : form(model, null, name, chosen, saved.errorKey());
    }

    @GetMapping("/admin/roles/{id}")
    String edit(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id, Model model, Locale locale) {
        RoleRow role = roles.role(user, id).orElseThrow(RolesController::notFound);
        return form(model, role.id(), names.of(List.of(role), locale).get(role.id()), role.actions(), null);
    }

    @PostMapping("/admin/roles/{id}")
    String edit(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "actions", required = false) @Nullable List<String> actions, Model model) {
        RoleRow role = roles.role(user, id).orElseThrow(RolesController::notFound);
        Set<String> chosen = actions == null ? Set.of() : Set.copyOf(actions);
        var saved = roles.save(user, role.id(), name, chosen);
        return saved.id() != null ? "redirect:/admin/roles?saved" : form(model, role.id(), name, chosen, saved.errorKey());
    }

    @PostMapping("/admin/roles/{id}/delete")
    String delete(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        if (!roles.delete(user, id)) {
            throw notFound();
        }
        return "redirect:/admin/roles?deleted";
    }

    @GetMapping("/admin/roles/defaults")
    String defaults(@AuthenticationPrincipal PreauUser user, Model model, Locale locale) {
        requireCentral(user);
        var all = roles.roles(user).stream().map(RolesAdmin.RoleView::role).toList();
        model.addAttribute("roles", all);
        model.addAttribute("roleNames", names.of(all, locale));
        Map<String, String> modes = new HashMap<>();
        roles.modes(user).forEach((profile, byRole) ->
                byRole.forEach((role, mode) -> modes.put(role + "_" + profile, mode.name())));
        model.addAttribute("modes", modes);
        model.addAttribute("profiles", RightsProfile.values());
        model.addAttribute("choices", Mode.values());
        return "access/roles-defaults";
    }

    @PostMapping("/admin/roles/defaults")
    String saveDefaults(@AuthenticationPrincipal PreauUser user, @RequestParam Map<String, String> params) {
        requireCentral(user);
        Map<RightsProfile, Map<UUID, Mode>> modes = new EnumMap<>(RightsProfile.class);
        params.forEach((name, value) -> {
            if (name.startsWith(MODE_PREFIX)) {
                String[] parts = name.substring(MODE_PREFIX.length()).split("_", 2);
                try {
                    modes.computeIfAbsent(RightsProfile.valueOf(parts[1]), p -> new HashMap<>())
                            .put(UUID.fromString(parts[0]), Mode.valueOf(value));
                } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
                }
            }
        });
        roles.setModes(user, modes);
        return "redirect:/admin/roles/defaults?saved";
    }

    private String form(Model model, @Nullable UUID id, String name, Set<String> chosen, @Nullable String errorKey) {
        model.addAttribute("roleId", id);
        model.addAttribute("name", name);
        model.addAttribute("chosen", chosen);
        model.addAttribute("applications", catalog.byApplication());
        model.addAttribute("errorKey", errorKey);
        return "access/roles-form";
    }

    private static void requireCentral(PreauUser user) {
        if (!RolesAdmin.central(user)) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
