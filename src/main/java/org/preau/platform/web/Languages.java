package org.preau.platform.web;

import java.util.List;
import java.util.Locale;

/** The languages Préau speaks; French is the source and the default. */
public final class Languages {

    public static final Locale DEFAULT = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("es"));

    private Languages() {
    }

    /** The supported language closest to {@code wanted}, or French. */
    public static Locale closest(Locale wanted) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }
}
