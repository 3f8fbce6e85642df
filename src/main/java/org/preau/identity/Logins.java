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

    /**
     * Only a-z, 0-9 and hyphens remain (so no login can imitate another with look-alike
     * letters); a name with none of them (written in another script) gives {@code x}, and
     * the collision number makes the login unique.
     */
    private static String clean(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String login = ascii.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ı", "i").replace("ø", "o")
                .replace("đ", "d").replace("ł", "l")
                .replaceAll("[^a-z0-9-]", "").replaceAll("^-+|-+$", "");
        return login.isEmpty() ? "x" : login;
    }
}
