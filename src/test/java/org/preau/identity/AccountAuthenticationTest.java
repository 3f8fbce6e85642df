package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.platform.PersonId;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The order of an attempt's work: nothing is asked of the database before the password-check gate lets it in. */
class AccountAuthenticationTest {

    private static final String ADDRESS = "198.51.100.7";
    private static final PersonId PERSON = new PersonId(UUID.randomUUID());

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final Directory directory = mock(Directory.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder(4);
    private final PasswordCheckGate gate = PasswordCheckGateTest.started(new PasswordCheckGate(1, Duration.ofSeconds(5), 0));
    private final AccountAuthentication authentication = new AccountAuthentication(accounts, directory, passwords,
            Clock.systemUTC(), throttle, audit, gate, mock(Mfa.class));

    @BeforeEach
    void fromAnAddress() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request()));
    }

    private static MockHttpServletRequest request() {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(ADDRESS);
        return request;
    }

    @AfterEach
    void clear() {
        gate.stop();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aSuspectAddressTurnedAwayByABusyGateCostsNoQuery() throws Exception {
        when(throttle.addressSuspect(ADDRESS)).thenReturn(true);
        when(throttle.addressFailures(ADDRESS)).thenReturn(3);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            holdTheGate(pool, release);
            assertThatThrownBy(() -> authentication.authenticate(attempt("lucas.durand", "guess")))
                    .isInstanceOf(LoginBusyException.class);
            release.countDown();
        }
        verifyNoInteractions(accounts, directory);
        verify(throttle).addressAttempted(ADDRESS);
        verify(throttle).attemptFailed(ADDRESS);
    }

    @Test
    void aCleanAddressLooksItsAccountUpWithoutWaitingForTheGate() throws Exception {
        String hash = passwords.encode("right-password-2026");
        when(accounts.byLogin("lucas.durand")).thenReturn(Optional.of(
                new AccountRepository.AccountRow(PERSON, "lucas.durand", hash, true)));
        var release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            holdTheGate(pool, release);
            var attempt = pool.submit(() -> {
                RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request()));
                return authentication.authenticate(attempt("lucas.durand", "wrong-password"));
            });
            verify(accounts, timeout(5000)).byLogin("lucas.durand");
            assertThat(attempt.isDone()).as("the hash still waits for the gate").isFalse();
            release.countDown();
            assertThatThrownBy(attempt::get).hasCauseInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void aLockedAccountIsRefusedWithoutHashingAndTheFailureIsCounted() {
        String hash = passwords.encode("right-password-2026");
        when(accounts.byLogin("lucas.durand")).thenReturn(Optional.of(
                new AccountRepository.AccountRow(PERSON, "lucas.durand", hash, true)));
        when(throttle.locked(PERSON, ADDRESS)).thenReturn(true);
        assertThatThrownBy(() -> authentication.authenticate(attempt("lucas.durand", "right-password-2026")))
                .isInstanceOf(BadCredentialsException.class);
        verify(throttle).failed(PERSON, ADDRESS);
        verifyNoInteractions(directory);
    }

    @Test
    void anInactiveAccountIsRefusedEvenWithTheRightPassword() {
        String hash = passwords.encode("right-password-2026");
        when(accounts.byLogin("lucas.durand")).thenReturn(Optional.of(
                new AccountRepository.AccountRow(PERSON, "lucas.durand", hash, true)));
        when(directory.isActive(PERSON)).thenReturn(false);
        assertThatThrownBy(() -> authentication.authenticate(attempt("lucas.durand", "right-password-2026")))
                .isInstanceOf(DisabledException.class);
        verify(audit).record(eq(AuditLog.Type.LOGIN_FAILURE), eq(PERSON), any(), eq(ADDRESS));
    }

    @Test
    void anUnknownLoginAndAnAccountWithoutPasswordAreWrongPasswords() {
        when(accounts.byLogin(anyString())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> authentication.authenticate(attempt("nobody.here", "whatever")))
                .isInstanceOf(BadCredentialsException.class);
        when(accounts.byLogin("emma.durand")).thenReturn(Optional.of(
                new AccountRepository.AccountRow(PERSON, "emma.durand", null, false)));
        assertThatThrownBy(() -> authentication.authenticate(attempt("emma.durand", "preau-timing-sample")))
                .isInstanceOf(BadCredentialsException.class);
        verifyNoInteractions(directory);
    }

    /** Takes the gate's only slot until {@code release} is counted down. */
    private void holdTheGate(ExecutorService pool, CountDownLatch release) throws InterruptedException {
        var inside = new CountDownLatch(1);
        pool.submit(() -> gate.check("192.0.2.1", 0, false, () -> {
            inside.countDown();
            try {
                return release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static UsernamePasswordAuthenticationToken attempt(String login, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(login, password);
    }
}
