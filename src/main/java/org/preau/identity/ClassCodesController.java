package org.preau.identity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.preau.directory.ClassPage;
import org.preau.directory.Directory;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * "Nouveau code" on the class page: a teacher renews the activation codes of pupils of their
 * class (one, or those ticked) and prints the letters at once. Anything else is a 404.
 */
@RequiresAction("directory.class-page")
@Controller
class ClassCodesController {

    /** A letter to print for a pupil. */
    record PupilLetter(String displayName, ActivationCodes.Letter letter) {
    }

    private final CodeReissue reissue;
    private final Directory directory;

    ClassCodesController(CodeReissue reissue, Directory directory) {
        this.reissue = reissue;
        this.directory = directory;
    }

    @PostMapping("/classes/{id}/codes")
    String codes(@AuthenticationPrincipal PreauUser user, @PathVariable("id") ClassId classId,
            @RequestParam(required = false) @Nullable PersonId only,
            @RequestParam(name = "pupil", required = false) @Nullable List<PersonId> ticked, Model model,
            HttpServletResponse response) {
        List<PersonId> pupils = only != null ? List.of(only) : ticked == null ? List.of() : ticked;
        if (pupils.isEmpty()) {
            return "redirect:/classes/" + classId + "?noneSelected";
        }
        var letters = reissue.forPupils(user, classId, pupils).orElseThrow(ClassCodesController::notFound);
        ClassPage page = directory.classPage(user, classId).orElseThrow(ClassCodesController::notFound);
        Map<PersonId, String> names = page.pupils().stream()
                .collect(Collectors.toMap(ClassPage.Pupil::id, ClassPage.Pupil::displayName, (a, b) -> a));
        model.addAttribute("classRef", page.classRef());
        model.addAttribute("letters", letters.stream()
                .map(l -> new PupilLetter(names.getOrDefault(l.person(), l.login()), l)).toList());
        model.addAttribute("baseUrl", reissue.letterAddress());
        response.setHeader("Cache-Control", "no-store");
        return "identity/class-codes";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
