package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.preau.platform.PersonId;
import org.preau.support.TestMailServer;
import org.springframework.jdbc.core.simple.JdbcClient;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Reading the mails of the recovery features as GreenMail received them, and giving people a verified address. */
final class RecoveryMails {

    private RecoveryMails() {
    }

    /** Waits until {@code count} mails reached the address; returns them, oldest first. */
    static List<MimeMessage> received(String address, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> TestMailServer.mailsTo(address).size() >= count);
        return TestMailServer.mailsTo(address);
    }

    /** Waits for the {@code n}th mail (from 1) with this subject to reach the address, and returns it. */
    static MimeMessage received(String address, String subject, int n) {
        await().atMost(Duration.ofSeconds(15)).until(() -> withSubject(address, subject).size() >= n);
        return withSubject(address, subject).get(n - 1);
    }

    static List<MimeMessage> withSubject(String address, String subject) {
        return TestMailServer.mailsTo(address).stream().filter(m -> subject(m).equals(subject)).toList();
    }

    /** The decoded HTML of a mail. */
    static String html(MimeMessage mail) {
        return TestMailServer.html(mail);
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the first link to {@code path} in the mail, e.g. {@code token(mail, "/login/reset")}. */
    static String token(MimeMessage mail, String path) {
        var link = Pattern.compile("href=\"https?://[^\"/]+" + Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)\"")
                .matcher(html(mail));
        assertThat(link.find()).as("a link to %s in%n%s", path, html(mail)).isTrue();
        return link.group(1);
    }

    /** Mails queued in the outbox for this address (sent or not): counted at once, without waiting for SMTP. */
    static int queued(JdbcClient jdbc, String address) {
        return jdbc.sql("select count(*) from platform.outbound_mail where lower(recipient) = lower(:r)")
                .param("r", address).query(Integer.class).single();
    }

    static PersonId person(JdbcClient jdbc, String login) {
        return new PersonId(jdbc.sql("select person_id from identity.accounts where login = :l").param("l", login)
                .query(java.util.UUID.class).single());
    }

    /** Gives the person this contact address, already verified (no verification mail). */
    static PersonId verifiedAddress(JdbcClient jdbc, VerifiedEmails verified, String login, String email) {
        PersonId person = person(jdbc, login);
        jdbc.sql("update directory.persons set email = :e where id = :p").param("e", email).param("p", person.value())
                .update();
        verified.verified(person, email);
        return person;
    }
}
