package org.preau.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must follow: a minimum length by kind of person (primary pupils
 * get a rule a child can follow), at most 72 bytes (the hash's limit), not in the list of
 * common passwords, not the login or the person's name.
 */
@Component
public class PasswordPolicy {

    /** Who chooses the password, which decides the minimum length. */
    public enum Kind {
        ADULT, PUPIL, PRIMARY_PUPIL
    }

    /** A broken rule: a message key and its argument. */
    public record Violation(String messageKey, int argument) {
    }

    static final int MAX_BYTES = 72;

    private final Set<String> common;
    private final int adultMinimum;
    private final int pupilMinimum;
    private final int primaryMinimum;

    PasswordPolicy(@Value("${preau.identity.password.min-length.adult:12}") int adultMinimum,
            @Value("${preau.identity.password.min-length.pupil:10}") int pupilMinimum,
            @Value("${preau.identity.password.min-length.primary-pupil:8}") int primaryMinimum) {
        this.adultMinimum = adultMinimum;
        this.pupilMinimum = pupilMinimum;
        this.primaryMinimum = primaryMinimum;
        this.common = load();
    }

    public int minimum(Kind kind) {
        return switch (kind) {
            case ADULT -> adultMinimum;
            case PUPIL -> pupilMinimum;
            case PRIMARY_PUPIL -> primaryMinimum;
        };
    }

    /** Every rule the password breaks; empty when it may be used. */
    public List<Violation> check(String password, Kind kind, String login, String displayName) {
        List<Violation> violations = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < minimum(kind)) {
            violations.add(new Violation("password.tooShort", minimum(kind)));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add(new Violation("password.tooLong", MAX_BYTES));
        }
        if (kind == Kind.PRIMARY_PUPIL && !(password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit))) {
            violations.add(new Violation("password.lettersAndDigits", 0));
        }
        String folded = fold(password);
        if (common.contains(folded) || common.contains(folded.replaceAll("[0-9!?.]+$", ""))) {
            violations.add(new Violation("password.common", 0));
        }
        if (containsIdentity(folded, login, displayName)) {
            violations.add(new Violation("password.personal", 0));
        }
        return violations;
    }

    private static boolean containsIdentity(String folded, String login, String displayName) {
        List<String> parts = new ArrayList<>(List.of(fold(login).split("[.\\-]")));
        parts.addAll(List.of(fold(displayName).split("\\s+")));
        return parts.stream().filter(p -> p.length() >= 4).anyMatch(folded::contains);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            Set<String> words = new HashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(w -> !w.isEmpty()).forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
