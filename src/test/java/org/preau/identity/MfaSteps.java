package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.preau.support.Authenticator;
import org.preau.support.DemoAccounts;
import org.preau.support.MovableClock;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * The steps of the MFA tests, done as a person would through the pages: enrol from Mon compte
 * (reading the key shown and computing codes from it), give the password, give a code.
 */
final class MfaSteps {

    private static final Pattern KEY = Pattern.compile("id=\"mfa-key\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([0-9a-z]{4}-[0-9a-z]{4})</code>");

    /** What enrolment gave: the authenticator secret and the recovery codes. */
    record Enrolled(byte[] secret, List<String> recoveryCodes) {
    }

    private final MockMvc mvc;
    private final MovableClock clock;

    MfaSteps(MockMvc mvc, MovableClock clock) {
        this.mvc = mvc;
        this.clock = clock;
    }

    /** Gives the demo password; the answer is a redirect (to the second step, or where the person was going). */
    MvcResult password(String login, Cookie... cookies) throws Exception {
        var request = post("/login").param("username", login).param("password", DemoAccounts.PASSWORD).with(csrf());
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn();
    }

    /** Gives the password of someone with MFA: they are sent to the second step; returns the session. */
    Cookie pendingSession(String login) throws Exception {
        var result = password(login);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/mfa");
        return result.getResponse().getCookie("SESSION");
    }

    /** Gives a code at the second step. */
    MvcResult code(Cookie session, String code) throws Exception {
        return mvc.perform(post("/login/mfa").cookie(session).param("code", code).with(csrf())).andReturn();
    }

    /** Logs in with the password and, 30 seconds after the last code, the next one; returns the session. */
    Cookie logIn(String login, Enrolled enrolled) throws Exception {
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        var done = code(pendingSession(login), now(enrolled.secret()));
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
        return done.getResponse().getCookie("SESSION");
    }

    /** The code the authenticator shows now. */
    String now(byte[] secret) {
        return Totp.code(secret, Totp.step(clock.instant()), Totp.DIGITS);
    }

    /** Turns MFA on from Mon compte, for someone logged in (with this session). */
    Enrolled enrol(Cookie session, String enrolPath) throws Exception {
        String page = mvc.perform(get(enrolPath).cookie(session)).andReturn().getResponse().getContentAsString();
        byte[] secret = secretShownIn(page);
        String codes = mvc.perform(post(enrolPath).cookie(session).param("code", now(secret)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        return new Enrolled(secret, recoveryCodesIn(codes));
    }

    /** Turns MFA on for a person with no MFA yet (they log in in one step first). */
    Enrolled enrol(String login) throws Exception {
        return enrol(DemoAccounts.login(mvc, login), "/account/mfa/enrol");
    }

    static byte[] secretShownIn(String page) {
        var key = KEY.matcher(page);
        assertThat(key.find()).as("the key is shown for manual entry").isTrue();
        return Authenticator.withKey(key.group(1)).secret();
    }

    static List<String> recoveryCodesIn(String page) {
        List<String> codes = new ArrayList<>();
        var matcher = RECOVERY.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }
}
