package org.preau.identity;

import java.text.Normalizer;
import java.util.Locale;

/** Logins made from names: {@code firstname.lastname}, lower case, without accents or spaces. */
public final class Logins {

    private Logins() {
    }

    /** The base login for a name, before any number is added on collision. */
    public static String base(String firstName, String lastName) {
        String login = clean(firstName) + "." + clean(lastName);
        return login.length() > Accounts.MAX_LOGIN_LENGTH - 4 ? login.substring(0, Accounts.MAX_LOGIN_LENGTH - 4) : login;
    }

    private static String clean(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
                .replaceAll("[^a-z0-9-]", "");
    }
}
