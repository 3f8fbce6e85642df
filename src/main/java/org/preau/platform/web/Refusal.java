package org.preau.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the filters before the application refuse a request, with nothing but the message bundles:
 * a problem detail under {@code /api/}, else a {@link PlainPage}, both in the person's language.
 */
final class Refusal {

    private final MessageSource messages;
    private final LocaleResolver locales;

    Refusal(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Answers {@code status}: {@code detailKey} (and its {@code .title}) on the API, else {@code html}. */
    void answer(HttpServletRequest request, HttpServletResponse response, int status, String detailKey,
            PlainPage html) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            String detail = json(messages.getMessage(detailKey, null, locale));
            String title = json(messages.getMessage(detailKey + ".title", null, locale));
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title
                    + "\",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html");
        response.getOutputStream().write(html.in(locale));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
