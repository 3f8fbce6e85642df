package org.preau.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.preau.platform.PersonId;
import org.springframework.stereotype.Component;

/**
 * Recovery codes: ten codes such as {@code 7kq2-mx9d} (40 random bits each), shown once,
 * kept as keyed hashes, each good for one login when the authenticator is out of reach.
 * Typing is forgiving: case, spaces, dashes and the look-alikes o/0, i/l/1 do not matter.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    /** Crockford's base32: no i, l, o or u to misread. */
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();
    private final MfaRepository repository;
    private final MfaCrypto crypto;
    private final Clock clock;

    RecoveryCodes(MfaRepository repository, MfaCrypto crypto, Clock clock) {
        this.repository = repository;
        this.crypto = crypto;
        this.clock = clock;
    }

    /** New codes for the person, replacing the old ones; returned to be shown once. */
    List<String> regenerate(PersonId person) {
        List<String> codes = new ArrayList<>(COUNT);
        List<String> hashes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
            hashes.add(hash(code.toString()));
        }
        repository.replaceRecoveryCodes(person, hashes);
        return codes;
    }

    /** Whether what was typed looks like a recovery code (rather than a six-digit code). */
    static boolean looksLikeOne(String typed) {
        String normalized = normalize(typed);
        return normalized.length() == LENGTH && normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** Uses up the code if it is one of the person's unused codes. */
    boolean use(PersonId person, String typed) {
        return looksLikeOne(typed) && repository.useRecoveryCode(person, hash(typed), clock.instant());
    }

    int left(PersonId person) {
        return repository.recoveryCodesLeft(person);
    }

    private String hash(String code) {
        return crypto.hash("recovery", normalize(code));
    }

    static String normalize(String typed) {
        return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('o', '0').replace('i', '1').replace('l', '1');
    }
}
