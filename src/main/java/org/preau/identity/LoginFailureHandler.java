package org.preau.identity;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Back to the login page, saying "too many attempts" when the address is throttled, "busy" when too many log in at once, else the generic error. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String target = exception instanceof LoginThrottledException ? "/login?throttled"
                : exception instanceof LoginBusyException ? "/login?busy" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
