package org.preau.platform.security;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;

/**
 * Argon2id through the reference C library (libargon2, bundled with argon2-jvm): the same PHC
 * strings as Spring's BouncyCastle encoder ({@code $argon2id$v=19$m=19456,t=2,p=1$...}), each one
 * verifying the other's, with the same parameters (OWASP's: 19 MiB, 2 passes, 1 lane), but about
 * 1.5 times cheaper to check: the morning's logins are bound by this cost (docs/benchmarks.md).
 * Where the library cannot be loaded (another platform), BouncyCastle's encoder does the work.
 */
final class NativeArgon2 implements PasswordEncoder {

    private static final Logger log = LoggerFactory.getLogger(NativeArgon2.class);

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int MEMORY_KIB = 19 * 1024;
    static final int PASSES = 2;
    static final int LANES = 1;

    private final Argon2PasswordEncoder java = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, LANES, MEMORY_KIB,
            PASSES);
    private final Argon2 library;

    NativeArgon2() {
        Argon2 loaded;
        try {
            loaded = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
            loaded.hash(1, 8, 1, new char[] { 'x' });
        } catch (LinkageError | RuntimeException e) {
            log.warn("Native Argon2 unavailable ({}): passwords are checked by the Java implementation", e.toString());
            loaded = null;
        }
        this.library = loaded;
    }

    /** Whether the C library does the work. */
    boolean isNative() {
        return library != null;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (library == null) {
            return java.encode(rawPassword);
        }
        char[] chars = chars(rawPassword);
        try {
            return library.hash(PASSES, MEMORY_KIB, LANES, chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (library == null || encodedPassword == null || !encodedPassword.startsWith("$argon2id$")) {
            return java.matches(rawPassword, encodedPassword);
        }
        char[] chars = chars(rawPassword);
        try {
            return library.verify(encodedPassword, chars);
        } catch (RuntimeException e) {
            return false; // not a hash the library can read: no match
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return java.upgradeEncoding(encodedPassword);
    }

    private static char[] chars(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = text.charAt(i);
        }
        return chars;
    }
}
