package org.preau.messaging;

import java.util.UUID;

import org.preau.platform.PreauUser;
import org.preau.platform.web.RequiresAction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Messages retenus" ({@code /messages/held}), beside the moderation queue: the held messages of
 * the structures one moderates, each released or discarded. A message one does not review is not found.
 */
@Controller
@RequiresAction(HeldMessages.REVIEW)
class HeldController {

    private final HeldMessages held;

    HeldController(HeldMessages held) {
        this.held = held;
    }

    @GetMapping("/messages/held")
    String list(@AuthenticationPrincipal PreauUser user, Model model) {
        model.addAttribute("items", held.list(user));
        return "messaging/held";
    }

    @PostMapping("/messages/held/{id}/release")
    String release(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        if (!held.release(user, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/messages/held?released";
    }

    @PostMapping("/messages/held/{id}/discard")
    String discard(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        if (!held.discard(user, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/messages/held?discarded";
    }
}
