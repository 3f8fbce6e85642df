package org.preau.platform.security;

import org.springframework.security.crypto.password.PasswordEncoder;

/** The native Argon2id encoder, for the benchmarks of another package. */
public final class NativeArgon2Access {

    public PasswordEncoder encoder() {
        return new NativeArgon2();
    }
}
