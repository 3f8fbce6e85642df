package org.preau.feeding.csv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.preau.feeding.source.SourceProfile;

/**
 * External ids for CSV rows that carry none (ONDE rows have no stable id): {@code onde:} followed by the
 * first 128 bits, in hex, of the SHA-256 of the profile, the normalised last (family) name, the normalised
 * first name and the ISO birth date (empty when unknown). Normalised means without accents, upper case,
 * with runs of spaces, hyphens and apostrophes made one space. No structure takes part: a re-import, even
 * after a change of school or of encoding, gives the same person the same id. Two people of the same
 * profile with the same names and birth date (or, for relatives, the same names) cannot be told apart: the
 * reader rejects the second as a duplicate.
 */
final class DerivedIds {

    static final String PREFIX = "onde:";

    private DerivedIds() {
    }

    static String of(SourceProfile profile, String lastName, String firstName, @Nullable LocalDate birthDate) {
        String key = profile.name() + '\u001F' + normalise(lastName) + '\u001F' + normalise(firstName) + '\u001F'
                + (birthDate == null ? "" : birthDate.toString());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[\\s\\-'’]+", " ").strip().toUpperCase(Locale.ROOT);
    }
}
