package org.preau.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one limit on what people type, checked before any parsing or sanitizing: sanitizing HTML
 * costs about a quarter of a second per megabyte, so a text over {@code preau.input.max-text-chars}
 * is refused as it arrives (the applications' rich texts), and a request body (form or JSON, files aside) over
 * {@code preau.input.max-body} is refused by {@link #bodyLimit} before it is read. The container's
 * form limit ({@code server.tomcat.max-http-form-post-size}, which also bounds the text fields of a
 * multipart form) is set from the same property.
 */
@Component
public class InputLimits {

    private static final Logger log = LoggerFactory.getLogger(InputLimits.class);

    /** The message key of the refusal, with the limit in characters as its argument. */
    public static final String TOO_LONG_KEY = "problem.inputTooLong";

    private final int maxTextChars;
    private final long maxBodyBytes;

    public InputLimits(@Value("${preau.input.max-text-chars:200000}") int maxTextChars,
            @Value("${preau.input.max-body:2MB}") DataSize maxBody) {
        this.maxTextChars = maxTextChars;
        this.maxBodyBytes = maxBody.toBytes();
    }

    /** The longest text accepted in one field, in characters. */
    public int maxTextChars() {
        return maxTextChars;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Whether a typed text is over the limit: check this before parsing or sanitizing it. */
    public boolean tooLong(@Nullable CharSequence text) {
        return text != null && text.length() > maxTextChars;
    }

    /**
     * Refuses (413) a request whose declared body, files aside, is over the limit, before anything
     * reads it: a problem detail for the API, a small page in the person's language otherwise.
     */
    @org.springframework.context.annotation.Bean
    static FilterRegistrationBean<OncePerRequestFilter> bodyLimit(InputLimits limits, MessageSource messages,
            LocaleResolver locales) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String type = request.getContentType();
                boolean files = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
                if (files || request.getContentLengthLong() <= limits.maxBodyBytes) {
                    chain.doFilter(request, response);
                    return;
                }
                log.warn("Request body refused on {}: {} bytes over the limit of {}", request.getRequestURI(),
                        request.getContentLengthLong(), limits.maxBodyBytes);
                Locale locale = locales.resolveLocale(request);
                String text = messages.getMessage(TOO_LONG_KEY, new Object[] { limits.maxTextChars }, locale);
                String title = messages.getMessage("problem.title.inputTooLong", null, locale);
                response.setStatus(413);
                response.setHeader("Connection", "close");
                if (request.getRequestURI().startsWith("/api/")) {
                    response.setContentType("application/problem+json");
                    response.getOutputStream().write(("{\"type\":\"about:blank\",\"status\":413,\"title\":"
                            + json(title) + ",\"detail\":" + json(text) + "}").getBytes(StandardCharsets.UTF_8));
                    return;
                }
                response.setContentType("text/html;charset=UTF-8");
                String page = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                        + HtmlUtils.htmlEscape(title) + " · Préau</title><link rel=\"stylesheet\" href=\"/css/preau.css\">"
                        + "</head><body><main class=\"page\" id=\"main\"><h1>" + HtmlUtils.htmlEscape(title)
                        + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p></main></body></html>";
                response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        // before admission control, which reads bodies before admitting them: a declared size is refused unread
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("inputBodyLimit");
        return registration;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
