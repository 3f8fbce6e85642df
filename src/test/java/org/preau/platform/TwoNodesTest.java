package org.preau.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.preau.support.TwoNodesTestBase;
import org.preau.platform.mail.Mailer;
import org.preau.support.BrowserlessClient;
import org.preau.support.TestMailServer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: a session opened on
 * one works on the other, and the outbox is sent once although both nodes poll it.
 */
class TwoNodesTest extends TwoNodesTestBase {

    @Test
    void aSessionOpenedOnOneNodeWorksOnTheOther() throws Exception {
        var client = new BrowserlessClient(port(first));
        assertThat(client.login("sophie.durand", "Preau-Demo-2026!").headers().firstValue("Location").orElseThrow())
                .endsWith(":" + port(first) + "/");
        var onSecond = client.onPort(port(second)).get("/account", "Accept-Language", "fr");
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains("Sophie");
    }

    @Test
    void eachMailOfTheSharedOutboxIsSentOnceThoughBothNodesPollIt() {
        TestMailServer.clear();
        var mailer = first.getBean(Mailer.class);
        first.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            for (int i = 0; i < 40; i++) {
                mailer.queue("two-nodes@example.org", Locale.FRENCH, "probe", Map.of("name", "n" + i));
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.mailsTo("two-nodes@example.org").size() >= 40);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.mailsTo("two-nodes@example.org").size() == 40);
    }
}
