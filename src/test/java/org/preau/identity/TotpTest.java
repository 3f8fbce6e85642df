package org.preau.identity;

import org.preau.support.TestTime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.preau.support.Authenticator;

/** RFC 6238 time-based codes: the RFC's own test vectors, the window around now, and no code twice. */
class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130" })
    void theVectorsOfRfc6238(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SEED, step, 8)).isEqualTo(expected);
        // six digits are the last six of eight (the same truncation, modulo 10^6)
        assertThat(Totp.code(SEED, step, 6)).isEqualTo(expected.substring(2));
        assertThat(Totp.match(SEED, expected.substring(2), Instant.ofEpochSecond(seconds), -1)).hasValue(step);
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateButNoFurther() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        assertThat(Totp.match(SEED, Totp.code(SEED, step - 1, 6), now, -1)).hasValue(step - 1);
        assertThat(Totp.match(SEED, Totp.code(SEED, step + 1, 6), now, -1)).hasValue(step + 1);
        assertThat(Totp.match(SEED, Totp.code(SEED, step - 2, 6), now, -1)).isEmpty();
        assertThat(Totp.match(SEED, Totp.code(SEED, step + 2, 6), now, -1)).isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrOlderIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        String code = Totp.code(SEED, step, 6);
        assertThat(Totp.match(SEED, code, now, step - 1)).hasValue(step);
        assertThat(Totp.match(SEED, code, now, step)).as("the same code again").isEmpty();
        assertThat(Totp.match(SEED, Totp.code(SEED, step - 1, 6), now, step)).as("an older code").isEmpty();
        assertThat(Totp.match(SEED, Totp.code(SEED, step + 1, 6), now, step)).as("the next one").hasValue(step + 1);
    }

    @Test
    void onlySixDigitsCount() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.match(SEED, "94287082", now, -1)).isEmpty();
        assertThat(Totp.match(SEED, "28708a", now, -1)).isEmpty();
        assertThat(Totp.match(SEED, "", now, -1)).isEmpty();
    }

    @Test
    void keysAreBase32AsRfc4648SaysAndGroupedByFour() {
        assertThat(Totp.base32("f".getBytes())).isEqualTo("MY");
        assertThat(Totp.base32("foobar".getBytes())).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32(SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.grouped("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        assertThat(Totp.uri("Préau", "paul.martin", SEED)).isEqualTo("otpauth://totp/Pr%C3%A9au:paul.martin"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Pr%C3%A9au&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void anAuthenticatorApplicationReadsTheKeyShownAndShowsTheSameCodes() {
        byte[] secret = Totp.newSecret();
        var app = Authenticator.withKey(Totp.grouped(Totp.base32(secret)));
        assertThat(app.secret()).isEqualTo(secret);
        long step = Totp.step(TestTime.now());
        assertThat(app.code(step)).isEqualTo(Totp.code(secret, step, Totp.DIGITS));
    }

    @Test
    void theQrCodeIsAnSvgImageInADataAddress() {
        String uri = Totp.uri("Préau", "paul.martin", SEED);
        assertThat(TotpQrCode.svg(uri)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<path");
        assertThat(TotpQrCode.dataUri(uri)).startsWith("data:image/svg+xml;base64,");
    }

    @Test
    void recoveryCodesForgiveCaseDashesAndLookAlikes() {
        assertThat(RecoveryCodes.normalize(" 7KQ2-MX9D ")).isEqualTo("7kq2mx9d");
        assertThat(RecoveryCodes.normalize("o1il-0000")).isEqualTo("01110000");
        assertThat(RecoveryCodes.looksLikeOne("7kq2-mx9d")).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("7kq2-mx9u")).as("u is not in the alphabet").isFalse();
    }
}
