package org.preau.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The key that protects second factors at rest: authenticator secrets are encrypted with
 * AES-GCM, codes sent by mail and recovery codes are kept as HMACs under a key derived from
 * it. The key comes from {@code PREAU_MFA_ENCRYPTION_KEY} ({@code preau.identity.mfa.encryption-key},
 * base64 of 32 bytes); the demo on the embedded database makes one once in its data folder.
 */
@Component
class MfaCrypto {

    private static final Logger log = LoggerFactory.getLogger(MfaCrypto.class);
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec aesKey;
    private final SecretKeySpec hmacKey;

    MfaCrypto(Environment env) {
        byte[] key = key(env);
        this.aesKey = new SecretKeySpec(key, "AES");
        this.hmacKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "preau-mfa-codes"), "HmacSHA256");
    }

    byte[] encrypt(byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An MFA secret cannot be decrypted: was the key changed?", e);
        }
    }

    /** A keyed hash of a code, hex: equal codes give equal hashes, and a stolen table reveals none. */
    String hash(String purpose, String code) {
        return HexFormat.of().formatHex(hmac(hmacKey, purpose + ":" + code));
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key(Environment env) {
        String configured = env.getProperty("preau.identity.mfa.encryption-key", "").strip();
        if (!configured.isEmpty()) {
            return decode(configured, "preau.identity.mfa.encryption-key (PREAU_MFA_ENCRYPTION_KEY)");
        }
        String url = env.getProperty("spring.datasource.url", "embedded");
        if (!"embedded".equals(url)) {
            throw new IllegalStateException("Set PREAU_MFA_ENCRYPTION_KEY to the base64 of 32 random bytes "
                    + "(for example: openssl rand -base64 32): it encrypts the second factors of logins.");
        }
        String dataDir = env.getProperty("preau.embedded-db.data-dir", "./data/postgres");
        if (dataDir.isBlank()) {
            log.warn("No PREAU_MFA_ENCRYPTION_KEY and no data folder: MFA secrets use a key that dies with this run");
            return randomKey();
        }
        Path parent = Path.of(dataDir).toAbsolutePath().getParent();
        return fromFile(parent.resolve("mfa.key"));
    }

    private byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip(), file.toString());
            }
            byte[] key = randomKey();
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own rights apply
            }
            log.warn("No PREAU_MFA_ENCRYPTION_KEY: generated an MFA encryption key for the demo in {}; "
                    + "set PREAU_MFA_ENCRYPTION_KEY in production", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The MFA encryption key of " + source + " is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The MFA encryption key of " + source + " must be 32 bytes, not " + key.length);
        }
        return key;
    }
}
