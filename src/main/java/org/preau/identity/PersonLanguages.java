package org.preau.identity;

import java.util.Locale;

import org.preau.platform.PersonId;
import org.springframework.stereotype.Service;

/** The language each person last used Préau in, for what is sent to them without a request (digests). */
@Service
public class PersonLanguages {

    private final AccountLanguages languages;

    PersonLanguages(AccountLanguages languages) {
        this.languages = languages;
    }

    /** The person's language, French when they never logged in. */
    public Locale of(PersonId person) {
        return languages.of(person, Locale.FRENCH);
    }
}
