package org.preau.timeline;

import java.util.Locale;

import org.preau.platform.web.PublicEndpoint;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The unsubscribe link of a digest, without logging in: the link shows a confirmation (mail
 * scanners that open links change nothing), the button stops that type's mails.
 */
@Controller
@PublicEndpoint
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final Settings settings;
    private final NotificationTypes types;
    private final MessageSource messages;

    UnsubscribeController(UnsubscribeLinks links, Settings settings, NotificationTypes types, MessageSource messages) {
        this.links = links;
        this.settings = settings;
        this.types = types;
        this.messages = messages;
    }

    @Bean
    static Customizer<HttpSecurity> unsubscribeIsPublic() {
        return http -> http.authorizeHttpRequests(pages -> pages.requestMatchers("/timeline/unsubscribe").permitAll());
    }

    @GetMapping("/timeline/unsubscribe")
    String confirm(@RequestParam String p, @RequestParam String t, @RequestParam String s, Locale locale,
            Model model, HttpServletResponse response) {
        return page(p, t, s, locale, model, response, false);
    }

    @PostMapping("/timeline/unsubscribe")
    String unsubscribe(@RequestParam String p, @RequestParam String t, @RequestParam String s, Locale locale,
            Model model, HttpServletResponse response) {
        return page(p, t, s, locale, model, response, true);
    }

    private String page(String p, String t, String s, Locale locale, Model model, HttpServletResponse response,
            boolean confirmed) {
        var person = links.check(p, t, s).filter(id -> types.find(t).isPresent());
        if (person.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("invalid", true);
            return "timeline/unsubscribe";
        }
        if (confirmed) {
            settings.stopMail(person.get(), t);
        }
        model.addAttribute("invalid", false);
        model.addAttribute("done", confirmed);
        model.addAttribute("label", messages.getMessage(types.find(t).orElseThrow().labelKey(), null, locale));
        model.addAttribute("p", p);
        model.addAttribute("t", t);
        model.addAttribute("s", s);
        return "timeline/unsubscribe";
    }
}
