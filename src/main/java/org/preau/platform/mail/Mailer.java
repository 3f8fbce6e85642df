package org.preau.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Asks for a mail to be sent. The mail is rendered now, in the recipient's language, from the
 * Thymeleaf template {@code templates/mail/<kind>.html} and the subject message
 * {@code mail.<kind>.subject}, then written to the outbox in the caller's transaction: it goes
 * only if the action that asked for it commits, never delays the request (a slow SMTP server
 * cannot reveal anything through timing) and survives a restart. {@link MailDispatcher} sends it.
 */
@Service
public class Mailer {

    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    Mailer(JdbcClient jdbc, ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Queues a mail.
     *
     * @param to the recipient's address
     * @param locale the recipient's language
     * @param kind names the template and the subject message ({@code password-reset} →
     *        {@code mail/password-reset.html}, {@code mail.password-reset.subject})
     * @param model the template's variables
     * @param subjectArgs arguments of the subject message
     * @return the id of the queued mail
     */
    public UUID queue(String to, Locale locale, String kind, Map<String, Object> model, Object... subjectArgs) {
        if (to == null || to.isBlank() || !to.contains("@") || to.contains("\n") || to.contains("\r")) {
            throw new IllegalArgumentException("Not a mail address");
        }
        String subject = messages.getMessage("mail." + kind + ".subject", subjectArgs, locale);
        Context context = new Context(locale, model);
        context.setVariable("subject", subject);
        String html = templates.process("mail/" + kind, context);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into platform.outbound_mail (id, recipient, subject, html_body, kind, created_at, next_attempt_at)
                values (:id, :to, :subject, :html, :kind, :now, :now)""")
                .param("id", id).param("to", to.strip()).param("subject", subject).param("html", html)
                .param("kind", kind).param("now", now).update();
        return id;
    }
}
