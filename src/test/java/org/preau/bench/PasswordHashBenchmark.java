package org.preau.bench;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Verify time of one password hash on one core, to choose the work factor:
 * {@code ./mvnw test -Dtest=PasswordHashBenchmark} (not part of verify).
 */
class PasswordHashBenchmark {

    @Test
    void verifyTimes() {
        measure("bcrypt cost 10", new BCryptPasswordEncoder(10));
        measure("bcrypt cost 12", new BCryptPasswordEncoder(12));
        measure("argon2id 16 MiB, 2 passes", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        measure("argon2id 19 MiB, 2 passes (Préau's choice), Java", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2));
        measure("argon2id 19 MiB, 2 passes (Préau's choice), C library", new org.preau.platform.security.NativeArgon2Access().encoder());
        measure("argon2id 32 MiB, 3 passes", new Argon2PasswordEncoder(16, 32, 1, 1 << 15, 3));
    }

    private static void measure(String label, PasswordEncoder encoder) {
        String hash = encoder.encode("Une petite phrase de printemps");
        for (int i = 0; i < 5; i++) {
            encoder.matches("Une petite phrase de printemps", hash);
        }
        long[] times = new long[30];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            encoder.matches("Une petite phrase de printemps", hash);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("%-45s verify: median %5.1f ms, p90 %5.1f ms (one core)%n", label, times[15] / 1e6,
                times[27] / 1e6);
    }
}
