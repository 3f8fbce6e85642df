package org.preau.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator application does, for tests: it takes the key a person types by hand
 * (base32, spaces allowed) and shows the six-digit code of a 30-second step (RFC 6238).
 * Written apart from the application's own code, so that a test compares two implementations.
 */
public final class Authenticator {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] secret;

    private Authenticator(byte[] secret) {
        this.secret = secret;
    }

    /** The application after the key shown on the enrolment page was typed into it. */
    public static Authenticator withKey(String shownKey) {
        String key = shownKey.replaceAll("\\s", "").toUpperCase();
        var out = new java.io.ByteArrayOutputStream();
        long bits = 0;
        int count = 0;
        for (char c : key.toCharArray()) {
            bits = (bits << 5) | BASE32.indexOf(c);
            count += 5;
            if (count >= 8) {
                count -= 8;
                out.write((int) (bits >>> count) & 0xff);
            }
        }
        return new Authenticator(out.toByteArray());
    }

    public byte[] secret() {
        return secret.clone();
    }

    /** The time step of an instant. */
    public static long step(Instant at) {
        return at.getEpochSecond() / 30;
    }

    /** The code shown during a step. */
    public String code(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int value = ByteBuffer.wrap(hash, hash[hash.length - 1] & 0x0f, 4).getInt() & 0x7fffffff;
            return String.format("%06d", value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code shown now. */
    public String code(Instant now) {
        return code(step(now));
    }
}
