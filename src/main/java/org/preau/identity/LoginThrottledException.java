package org.preau.identity;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from one network address: try again in a minute. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("too many failures from this address");
    }
}
