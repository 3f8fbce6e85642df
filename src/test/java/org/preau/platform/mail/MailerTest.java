package org.preau.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauSpringTest;
import org.preau.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PreauSpringTest
class MailerTest {

    @Autowired
    Mailer mailer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void clear() {
        TestMailServer.clear();
    }

    @Test
    void aQueuedMailReachesTheSmtpServerInTheRecipientsLanguageAndItsBodyIsThenWiped() throws Exception {
        UUID id = tx.execute(s -> mailer.queue("parent@example.org", Locale.ENGLISH, "probe", Map.of("name", "Léa")));
        await().atMost(Duration.ofSeconds(10)).until(() -> TestMailServer.mailsTo("parent@example.org").size() == 1);
        var mail = TestMailServer.mailsTo("parent@example.org").getFirst();
        assertThat(mail.getSubject()).isEqualTo("Préau test");
        assertThat(TestMailServer.body(mail)).contains("Hello Léa").contains("Automatic message from Préau");
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                "select html_body is null and sent_at is not null from platform.outbound_mail where id = :id")
                .param("id", id).query(Boolean.class).single());
    }

    @Test
    void aMailAskedByARolledBackActionIsNeverSent() {
        tx.executeWithoutResult(s -> {
            mailer.queue("ghost@example.org", Locale.FRENCH, "probe", Map.of("name", "x"));
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from platform.outbound_mail where recipient = 'ghost@example.org'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void headerInjectionInTheAddressIsRefused() {
        assertThatThrownBy(() -> mailer.queue("a@b.org\nBcc: all@b.org", Locale.FRENCH, "probe", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
