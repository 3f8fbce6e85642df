package org.preau.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The second step of login, as the security configuration and the identity module share it.
 * A password login of a person who must also give a second factor carries {@link #REQUIRED};
 * until the second factor adds {@link #FACTOR} (a Spring Security {@code FactorGrantedAuthority}),
 * every rule but the second step's own page refuses the session.
 */
public final class SecondFactor {

    /** Granted with the password to a person who must still give a second factor. */
    public static final String REQUIRED = "MFA_REQUIRED";
    /** The factor given at the second step: an authenticator code, a code sent by mail or a recovery code. */
    public static final String FACTOR = "FACTOR_OTP";
    /** The page of the second step. */
    public static final String PAGE = "/login/mfa";

    private SecondFactor() {
    }

    /** Whether this login needs a second factor at all. */
    public static boolean required(@Nullable Authentication authentication) {
        return has(authentication, REQUIRED);
    }

    /** Whether this login still waits for its second factor. */
    public static boolean pending(@Nullable Authentication authentication) {
        return required(authentication) && !has(authentication, FACTOR);
    }

    private static boolean has(@Nullable Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
