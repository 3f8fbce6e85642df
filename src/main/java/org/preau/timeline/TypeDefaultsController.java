package org.preau.timeline;

import java.util.Map;

import org.preau.platform.notification.Frequency;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/timeline/defaults}: the territory's default frequency of each type, feed and mail. */
@Controller
@RequiresAction(TimelineApplications.DEFAULTS)
class TypeDefaultsController {

    private final TypeDefaults defaults;

    TypeDefaultsController(TypeDefaults defaults) {
        this.defaults = defaults;
    }

    @GetMapping("/admin/timeline/defaults")
    String page(Model model) {
        model.addAttribute("lines", defaults.lines());
        model.addAttribute("frequencies", Frequency.values());
        return "timeline/defaults";
    }

    @PostMapping("/admin/timeline/defaults")
    String save(@RequestParam Map<String, String> form) {
        defaults.save(form);
        return "redirect:/admin/timeline/defaults?saved";
    }
}
