package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Where the MFA key comes from, and what it protects: secrets sealed with AES-GCM, codes as keyed hashes. */
class MfaCryptoTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void secretsAreSealedAndTamperingIsNoticed() {
        var crypto = new MfaCrypto(new MockEnvironment().withProperty("preau.identity.mfa.encryption-key", KEY));
        byte[] secret = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = crypto.encrypt(secret);
        assertThat(sealed).isNotEqualTo(crypto.encrypt(secret)).hasSize(12 + secret.length + 16);
        assertThat(crypto.decrypt(sealed)).isEqualTo(secret);
        sealed[20] ^= 1;
        assertThatThrownBy(() -> crypto.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        assertThat(crypto.hash("recovery", "abcd1234")).isEqualTo(crypto.hash("recovery", "abcd1234"))
                .isNotEqualTo(crypto.hash("mail", "abcd1234")).hasSize(64);
    }

    @Test
    void theEmbeddedDemoMakesItsKeyOnceInItsDataFolder(@TempDir Path data) throws Exception {
        var env = new MockEnvironment().withProperty("preau.embedded-db.data-dir", data.resolve("postgres").toString());
        byte[] sealed = new MfaCrypto(env).encrypt(new byte[] { 1, 2, 3 });
        Path key = data.resolve("mfa.key");
        assertThat(Base64.getDecoder().decode(Files.readString(key).strip())).hasSize(32);
        assertThat(new MfaCrypto(env).decrypt(sealed)).as("the same key after a restart").containsExactly(1, 2, 3);
    }

    @Test
    void withAnExternalDatabaseTheKeyMustBeGivenAndRight() {
        var external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/preau");
        assertThatThrownBy(() -> new MfaCrypto(external)).hasMessageContaining("PREAU_MFA_ENCRYPTION_KEY");
        external.setProperty("preau.identity.mfa.encryption-key", Base64.getEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(() -> new MfaCrypto(external)).hasMessageContaining("32 bytes");
        external.setProperty("preau.identity.mfa.encryption-key", KEY);
        assertThat(new MfaCrypto(external).decrypt(new MfaCrypto(external).encrypt(new byte[] { 7 }))).containsExactly(7);
    }
}
