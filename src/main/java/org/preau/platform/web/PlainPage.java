package org.preau.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * A small page that needs nothing but the style sheet, rendered once per language: what Préau
 * answers when it must refuse cheaply (overload, an address that failed too often), without
 * sessions, templates or the database.
 */
public final class PlainPage {

    private final MessageSource messages;
    private final String titleKey;
    private final String textKey;
    private final String linkKey;
    private final String href;
    private final Map<Locale, byte[]> pages = new ConcurrentHashMap<>();

    /** A page titled {@code titleKey}, saying {@code textKey}, with a link {@code linkKey} to {@code href}. */
    public PlainPage(MessageSource messages, String titleKey, String textKey, String linkKey, String href) {
        this.messages = messages;
        this.titleKey = titleKey;
        this.textKey = textKey;
        this.linkKey = linkKey;
        this.href = href;
    }

    /** The page in this language, as UTF-8 bytes. */
    public byte[] in(Locale locale) {
        return pages.computeIfAbsent(locale, this::render);
    }

    private byte[] render(Locale locale) {
        String title = text(titleKey, locale);
        return ("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " · Préau</title><link rel=\"stylesheet\" href=\"/css/preau.css\"></head><body><main class=\"page\""
                + " id=\"main\"><h1>" + title + "</h1><p>" + text(textKey, locale) + "</p><p><a href=\""
                + HtmlUtils.htmlEscape(href, "UTF-8") + "\">" + text(linkKey, locale)
                + "</a></p></main></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale), "UTF-8");
    }
}
