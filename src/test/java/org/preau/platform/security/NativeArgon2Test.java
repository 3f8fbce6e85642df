package org.preau.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** The native Argon2id reads and writes the same hashes as Spring's Java one, with the same parameters. */
class NativeArgon2Test {

    private final NativeArgon2 library = new NativeArgon2();
    private final Argon2PasswordEncoder java = new Argon2PasswordEncoder(NativeArgon2.SALT_BYTES,
            NativeArgon2.HASH_BYTES, NativeArgon2.LANES, NativeArgon2.MEMORY_KIB, NativeArgon2.PASSES);

    @Test
    void theCLibraryLoadsHere() {
        assertThat(library.isNative()).isTrue();
    }

    @Test
    void eachVerifiesTheOthersHashes() {
        String byLibrary = library.encode("Preau-Demo-2026!");
        assertThat(byLibrary).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(java.matches("Preau-Demo-2026!", byLibrary)).isTrue();
        assertThat(library.upgradeEncoding(byLibrary)).isFalse();

        String byJava = java.encode("Préau-démo-2026 ✓");
        assertThat(library.matches("Préau-démo-2026 ✓", byJava)).isTrue();
        assertThat(library.matches("Preau-demo-2026 ✓", byJava)).isFalse();
    }

    @Test
    void aBrokenHashMatchesNothing() {
        assertThat(library.matches("x", "$argon2id$v=19$m=19456,t=2,p=1$broken")).isFalse();
        assertThat(library.matches("x", "$argon2id$")).isFalse();
        assertThat(library.matches("x", "")).isFalse();
    }
}
