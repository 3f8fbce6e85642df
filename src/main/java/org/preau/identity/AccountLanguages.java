package org.preau.identity;

import java.util.Locale;
import java.util.Optional;

import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.Languages;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language each person uses Préau in, remembered on their account (once per session, and
 * again when they switch), so that mails sent without a request — a verification link after
 * saving an address — reach them in their language.
 */
@Configuration(proxyBeanMethods = false)
class AccountLanguages implements HandlerInterceptor, WebMvcConfigurer {

    private static final String REMEMBERED = "preau.language";

    private final JdbcClient jdbc;

    AccountLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's language, or {@code fallback} when they never used Préau with an account. */
    Locale of(PersonId person, Locale fallback) {
        Optional<String> language = jdbc.sql("select coalesce(locale, '') from identity.accounts where person_id = :p")
                .param("p", person.value()).query(String.class).optional().filter(l -> !l.isEmpty());
        return language.map(Locale::forLanguageTag).map(Languages::closest).orElse(Languages.closest(fallback));
    }

    /** Remembers the language of a person who acts without being logged in yet (activation). */
    void remember(PersonId person, Locale locale) {
        jdbc.sql("update identity.accounts set locale = :l where person_id = :p")
                .param("l", Languages.closest(locale).getLanguage()).param("p", person.value()).update();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof PreauUser user) {
            String language = Languages.closest(LocaleContextHolder.getLocale()).getLanguage();
            if (!language.equals(session.getAttribute(REMEMBERED))) {
                remember(user.personId(), LocaleContextHolder.getLocale());
                session.setAttribute(REMEMBERED, language);
            }
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/img/**", "/webjars/**");
    }
}
