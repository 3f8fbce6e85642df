package org.preau.identity;

import org.springframework.security.core.AuthenticationException;

/** Too many logins at once: nothing was checked, try again in a few seconds. */
class LoginBusyException extends AuthenticationException {

    LoginBusyException() {
        super("too many logins at once");
    }
}
