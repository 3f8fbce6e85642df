package org.preau.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;

/**
 * Sends the outbox through SMTP ({@code spring.mail.*}, e.g. {@code SPRING_MAIL_HOST}).
 * Every node runs it; {@code FOR UPDATE SKIP LOCKED} gives each mail to one of them. A mail
 * the server refuses is retried with a growing delay and given up after
 * {@code preau.mail.max-attempts}. Without an SMTP server (the demo), mails stay in the outbox.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;
    private volatile boolean warnedNoSmtp;

    MailDispatcher(JdbcClient jdbc, TransactionTemplate tx, ObjectProvider<JavaMailSender> sender, Clock clock,
            @Value("${preau.mail.from:Préau <no-reply@preau.localhost>}") String from,
            @Value("${preau.mail.max-attempts:8}") int maxAttempts) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    record Pending(UUID id, String recipient, String subject, String htmlBody, int attempts) {
    }

    @Scheduled(fixedDelayString = "${preau.mail.poll-interval:PT2S}", initialDelayString = "PT1S")
    void sendPending() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            if (!warnedNoSmtp) {
                warnedNoSmtp = true;
                log.warn("No SMTP server configured (spring.mail.host): mails stay in platform.outbound_mail");
            }
            return;
        }
        int sent;
        do {
            sent = tx.execute(status -> sendBatch(smtp));
        } while (sent > 0);
    }

    /** Sends up to 20 due mails, locked for this node; returns how many were handled. */
    private int sendBatch(JavaMailSender smtp) {
        Instant now = clock.instant();
        List<Pending> due = jdbc.sql("""
                select id, recipient, subject, html_body, attempts from platform.outbound_mail
                where sent_at is null and failed_at is null and next_attempt_at <= :now
                order by next_attempt_at limit 20 for update skip locked""")
                .param("now", Timestamp.from(now)).query(Pending.class).list();
        for (Pending mail : due) {
            try {
                var message = smtp.createMimeMessage();
                var helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(mail.recipient());
                helper.setSubject(mail.subject());
                helper.setText(mail.htmlBody(), true);
                smtp.send(message);
                jdbc.sql("update platform.outbound_mail set sent_at = :now, html_body = null, attempts = attempts + 1 where id = :id")
                        .param("now", Timestamp.from(now)).param("id", mail.id()).update();
            } catch (MailException | MessagingException e) {
                int attempts = mail.attempts() + 1;
                boolean give = attempts >= maxAttempts;
                Duration wait = Duration.ofSeconds(Math.min(3600, 15L << Math.min(attempts, 8)));
                jdbc.sql("""
                        update platform.outbound_mail set attempts = :attempts, last_error = :error,
                          next_attempt_at = :next, failed_at = :failed, html_body = case when :give then null else html_body end
                        where id = :id""")
                        .param("attempts", attempts).param("error", e.getClass().getSimpleName())
                        .param("next", Timestamp.from(now.plus(wait)))
                        .param("failed", give ? Timestamp.from(now) : null).param("give", give)
                        .param("id", mail.id()).update();
                log.warn("Mail {} not sent (attempt {}{}): {}", mail.id(), attempts, give ? ", given up" : "",
                        e.getClass().getSimpleName());
            }
        }
        return due.size();
    }
}
