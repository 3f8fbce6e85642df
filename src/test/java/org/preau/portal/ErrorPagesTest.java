package org.preau.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.preau.support.BrowserlessClient;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages go through the real servlet container's error dispatch. */
@PreauServerTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void unknownPageIsAFriendly404InThePersonsLanguage() throws Exception {
        var client = new BrowserlessClient(port);
        client.login("emma.durand", DemoAccounts.PASSWORD);
        var french = client.get("/no/such/page", "Accept", "text/html");
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(french.body()).contains("Page introuvable", "Retour à l&#39;accueil", "Emma Durand");
        var spanish = client.get("/no/such/page", "Accept", "text/html", "Accept-Language", "es");
        assertThat(spanish.body()).contains("Página no encontrada", "lang=\"es\"");
    }

    @Test
    void aPageSomeoneMayNotUseIsAFriendly403InTheirLanguage() throws Exception {
        var client = new BrowserlessClient(port);
        client.login("emma.durand", DemoAccounts.PASSWORD);
        var french = client.get("/admin/audit", "Accept", "text/html");
        assertThat(french.statusCode()).isEqualTo(403);
        assertThat(french.body()).contains("Accès refusé", "Emma Durand");
        var english = client.get("/admin/audit", "Accept", "text/html", "Accept-Language", "en");
        assertThat(english.body()).contains("Access denied", "lang=\"en\"");
    }

    @Test
    void unknownApiPathIsAProblemEvenThroughTheContainer() throws Exception {
        var client = new BrowserlessClient(port);
        client.login("emma.durand", DemoAccounts.PASSWORD);
        var response = client.get("/api/v1/nope", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }
}
