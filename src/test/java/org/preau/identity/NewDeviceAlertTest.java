package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.identity.RecoveryMails.queued;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * A login from a browser the person never used sends one alert to their verified address;
 * the same browser, known by its cookie, never again.
 */
@PreauSpringTest
class NewDeviceAlertTest {

    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerifiedEmails verified;

    private MockHttpServletResponse login(String login, String agent, String address, @Nullable Cookie device)
            throws Exception {
        var request = post("/login").with(csrf()).header("User-Agent", agent).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("username", login).param("password", DemoAccounts.PASSWORD);
        if (device != null) {
            request.cookie(device);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        return response;
    }

    private int alerts(PersonId person) {
        return jdbc.sql("select count(*) from identity.audit_events where type = 'NEW_DEVICE' and person_id = :p")
                .param("p", person.value()).query(Integer.class).single();
    }

    @Test
    void aLoginFromANewBrowserIsToldOnceAndTheKnownBrowserNeverAgain() throws Exception {
        String email = "sophie.devices@example.org";
        PersonId sophie = RecoveryMails.verifiedAddress(jdbc, verified, "sophie.durand", email);
        var first = login("sophie.durand", WINDOWS, "192.0.2.20", null);
        Cookie pc = first.getCookie(NewDeviceAlert.COOKIE);
        assertThat(pc).isNotNull();
        assertThat(first.getHeaders("Set-Cookie")).anySatisfy(header -> assertThat(header)
                .startsWith(NewDeviceAlert.COOKIE + "=").contains("HttpOnly", "Secure", "SameSite=Lax", "Max-Age="));
        assertThat(queued(jdbc, email)).as("the first browser ever has nothing to be compared with").isZero();

        var again = login("sophie.durand", WINDOWS, "192.0.2.20", pc);
        assertThat(again.getCookie(NewDeviceAlert.COOKIE)).as("a known browser keeps its cookie").isNull();
        assertThat(queued(jdbc, email)).isZero();

        var phone = login("sophie.durand", IPHONE, "203.0.113.7", null).getCookie(NewDeviceAlert.COOKIE);
        var mail = RecoveryMails.received(email, "Nouvelle connexion à votre compte Préau", 1);
        assertThat(RecoveryMails.html(mail)).contains("Safari, iOS", "203.0.113.7", "/account/password",
                "/account/sessions", "changez votre mot de passe");
        assertThat(alerts(sophie)).isEqualTo(1);

        login("sophie.durand", IPHONE, "198.51.100.9", phone);
        login("sophie.durand", WINDOWS, "192.0.2.20", pc);
        assertThat(queued(jdbc, email)).isEqualTo(1);
        assertThat(alerts(sophie)).isEqualTo(1);
        assertThat(jdbc.sql("select summary from identity.known_devices where person_id = :p order by first_seen")
                .param("p", sophie.value()).query(String.class).list()).containsExactly("Firefox, Windows", "Safari, iOS");
    }

    @Test
    void aForgedCookieIsANewBrowserAndSomeoneWithoutAVerifiedAddressIsOnlyAudited() throws Exception {
        String email = "paul.devices@example.org";
        PersonId paul = RecoveryMails.verifiedAddress(jdbc, verified, "paul.martin", email);
        jdbc.sql("update identity.accounts set locale = 'en' where person_id = :p").param("p", paul.value()).update();
        Cookie pc = login("paul.martin", WINDOWS, "192.0.2.30", null).getCookie(NewDeviceAlert.COOKIE);
        var forged = login("paul.martin", WINDOWS, "192.0.2.31", new Cookie(NewDeviceAlert.COOKIE, "forged';--"));
        assertThat(forged.getCookie(NewDeviceAlert.COOKIE)).isNotNull();
        assertThat(forged.getCookie(NewDeviceAlert.COOKIE).getValue()).isNotEqualTo(pc.getValue());
        var mail = RecoveryMails.received(email, "New login to your Préau account", 1);
        assertThat(RecoveryMails.html(mail)).contains("Firefox, Windows", "192.0.2.31");

        PersonId claire = RecoveryMails.person(jdbc, "claire.leroy");
        login("claire.leroy", WINDOWS, "192.0.2.40", null);
        login("claire.leroy", IPHONE, "192.0.2.41", null);
        assertThat(alerts(claire)).isEqualTo(1);

        mvc.perform(post("/login").with(csrf()).param("username", "claire.leroy").param("password", "wrong"));
        assertThat(jdbc.sql("select count(*) from identity.known_devices where person_id = :p")
                .param("p", claire.value()).query(Integer.class).single()).as("a failed login is no device").isEqualTo(2);
    }
}
