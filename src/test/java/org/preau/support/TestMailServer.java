package org.preau.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One GreenMail SMTP server for the whole test JVM, on a free port, that every application
 * context of the tests sends its mails to ({@code spring.mail.host/port} are set by this
 * initializer, which {@link PreauSpringTest} declares). Tests read the real mails with
 * {@link #mailsTo(String)}; call {@link #clear()} first, as mails of earlier test classes stay.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    /** The running server, started on first use. */
    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = server().getSmtp().getPort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server", Map.of(
                "spring.mail.host", "127.0.0.1", "spring.mail.port", port,
                "preau.mail.poll-interval", "PT0.2S")));
    }

    /** Forgets every mail received so far. */
    public static void clear() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every mail received so far for this address. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The content of a single-part mail, decoded (quoted-printable undone): its HTML as written. */
    public static String html(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of a mail as decoded text (HTML included), whatever its transfer encoding. */
    public static String body(MimeMessage mail) {
        try {
            return text(mail.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws MessagingException, java.io.IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            var all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent()));
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
