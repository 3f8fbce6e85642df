package org.preau.diary;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Titles made of a phrase and a name ("Cahier de textes de {0}"), as French writes them: "de"
 * elides before a vowel or a mute h ("d'Emma", "d'Hugo", "de Lucas", "de 6A"). Templates call it
 * as {@code ${@diaryTitles.of('diary.bookOf', name)}}; other languages are left as they are.
 */
@Component("diaryTitles")
class DiaryTitles {

    private static final String MARK = "\u0000";

    private final MessageSource messages;

    DiaryTitles(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String key, String name) {
        return of(key, name, LocaleContextHolder.getLocale());
    }

    String of(String key, String name, Locale locale) {
        String phrase = messages.getMessage(key, new Object[] { MARK }, locale);
        if ("fr".equals(locale.getLanguage()) && elides(name)) {
            phrase = phrase.replace("de " + MARK, "d'" + MARK);
        }
        return phrase.replace(MARK, name);
    }

    /** Whether French elides "de" before the name: it starts with a vowel or an h. */
    static boolean elides(String name) {
        String bare = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        return !bare.isEmpty() && "aeiouhœæ".indexOf(bare.charAt(0)) >= 0;
    }
}
