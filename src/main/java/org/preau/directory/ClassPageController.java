package org.preau.directory;

import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** "Ma classe": 404 for a class that does not exist or may not be seen. */
@Controller
@RequiresAction(DirectoryApplications.CLASS_PAGE)
class ClassPageController {

    private final Directory directory;

    ClassPageController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/classes/{id}")
    String classPage(@AuthenticationPrincipal PreauUser user, @PathVariable("id") ClassId classId, Model model) {
        model.addAttribute("page", directory.classPage(user, classId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "directory/class";
    }
}
