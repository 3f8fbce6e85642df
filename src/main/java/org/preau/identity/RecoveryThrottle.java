package org.preau.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.preau.platform.NodeLocalState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Per-address limits on the forms that send mails or check codes without a login (forgotten
 * password or login, reset, activation): {@code preau.identity.recovery-posts-per-minute}
 * (10) posts a minute per address, then 429 with {@code Retry-After} and a page saying when to
 * try again. Activation counts only refused codes, as a school activates a whole class from
 * one address. Kept in memory, per node, like the login throttle; IPv6 counted by /64 network.
 */
@Component
class RecoveryThrottle implements NodeLocalState {

    static final String PAGE = "identity/throttled";

    private final int perMinute;
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    RecoveryThrottle(@Value("${preau.identity.recovery-posts-per-minute:10}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts this post; when the address is over its limit, answers 429 and returns the page to show. */
    Optional<String> refuse(HttpServletRequest request, HttpServletResponse response, Model model) {
        var probe = bucket(NetworkKeys.of(request.getRemoteAddr())).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(throttled(probe.getNanosToWaitForRefill(), response, model));
    }

    /** Refuses (429) while the address has no failure left, without counting this post. */
    Optional<String> refuseWhileFailing(HttpServletRequest request, HttpServletResponse response, Model model) {
        Bucket bucket = addresses.get(NetworkKeys.of(request.getRemoteAddr()));
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(throttled(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill(), response, model));
    }

    /** Counts a failure of the address (a refused activation code). */
    void failed(HttpServletRequest request) {
        bucket(NetworkKeys.of(request.getRemoteAddr())).tryConsume(1);
    }

    private String throttled(long nanos, HttpServletResponse response, Model model) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        model.addAttribute("retryMinutes", (seconds + 59) / 60);
        return PAGE;
    }

    private Bucket bucket(String address) {
        return addresses.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    @Override
    public void forget() {
        addresses.clear();
    }

    /** Forgets addresses whose budget is full again, so that the map does not grow forever. */
    @Scheduled(fixedDelayString = "PT10M")
    void forgetQuietAddresses() {
        addresses.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= perMinute);
    }
}
