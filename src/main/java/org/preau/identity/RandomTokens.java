package org.preau.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Secrets handed to browsers and mailboxes (links, device cookies): 256 random bits in
 * URL-safe Base64, of which only a SHA-256 hash is stored — too long to guess, so a slow hash
 * would add nothing.
 */
final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 bytes in URL-safe Base64 without padding. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private RandomTokens() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be one of these tokens (anything else is refused before any lookup). */
    static boolean wellFormed(@Nullable String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
