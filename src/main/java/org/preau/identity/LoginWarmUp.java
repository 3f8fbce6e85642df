package org.preau.identity;

import org.preau.platform.warmup.WarmUpTask;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Warms what a login costs before the node reports ready: the account lookup (statement and
 * connection pool) and the password hash, whose code runs interpreted and slow in a new JVM. A
 * login that is not anyone's is looked up, and a sample hash checked: no attempt is counted,
 * nothing is written.
 */
@Component
class LoginWarmUp implements WarmUpTask {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final String sampleHash;

    LoginWarmUp(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sampleHash = passwords.encode("preau-warm-up-sample");
    }

    @Override
    public String name() {
        return "login";
    }

    @Override
    public int rounds() {
        return 60;
    }

    @Override
    public void run(int round) {
        accounts.byLogin("preau.warm-up." + round);
        passwords.matches(round % 2 == 0 ? "preau-warm-up-sample" : "not-the-password", sampleHash);
    }
}
