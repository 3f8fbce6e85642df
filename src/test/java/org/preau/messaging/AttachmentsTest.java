package org.preau.messaging;

import org.preau.support.TestTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.platform.PreauUser;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Attachments: checked on the way in, counted in a quota, shared by forwards, served only to readers. */
@PreauSpringTest
class AttachmentsTest {

    @Autowired
    Sending sending;
    @Autowired
    Replies replies;
    @Autowired
    Attachments attachments;
    @Autowired
    MessagingSettings settings;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;

    MessagingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new MessagingFixtures(jdbc, directory);
        LocaleContextHolder.setLocale(Locale.FRENCH);
    }

    record Bytes(String name, byte[] content) implements Attachments.Upload {
        @Override
        public long size() {
            return content.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(content);
        }
    }

    private UUID draft(PreauUser user) {
        return sending.saveDraft(user, null, Compose.html(List.of(fx.id("lucas.durand").toString()), "Pièce jointe",
                "<p>Voici</p>"));
    }

    private static Reason refusal(Runnable action) {
        try {
            action.run();
        } catch (MessagingProblem e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void programsAreRefusedByNameAndByContent() {
        var paul = fx.user("paul.martin");
        UUID draft = draft(paul);
        assertThat(refusal(() -> attachments.attach(paul, draft, new Bytes("setup.exe", "hello".getBytes()))))
                .isEqualTo(Reason.FORBIDDEN_TYPE);
        assertThat(refusal(() -> attachments.attach(paul, draft, new Bytes("notes.js", "x".getBytes()))))
                .isEqualTo(Reason.FORBIDDEN_TYPE);
        assertThat(refusal(() -> attachments.attach(paul, draft, new Bytes("virus.exe. ", "x".getBytes()))))
                .isEqualTo(Reason.FORBIDDEN_TYPE);
        byte[] pe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
        assertThat(refusal(() -> attachments.attach(paul, draft, new Bytes("cours.pdf", pe))))
                .as("a Windows program named .pdf").isEqualTo(Reason.FORBIDDEN_TYPE);
        byte[] elf = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 };
        assertThat(refusal(() -> attachments.attach(paul, draft, new Bytes("photo.jpg", elf)))).isEqualTo(Reason.FORBIDDEN_TYPE);
        assertThat(refusal(() -> attachments.attach(paul, draft, new Bytes("run.txt", "#!/bin/sh\nrm -rf /".getBytes()))))
                .isEqualTo(Reason.FORBIDDEN_TYPE);
        var problem = assertThatThrownBy(() -> attachments.attach(paul, draft, new Bytes("setup.exe", new byte[1])));
        problem.isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.arguments()).containsExactly("setup.exe"));
        assertThat(attachments.attach(paul, draft, new Bytes("cours.pdf", "%PDF-1.7 ...".getBytes()))).isNotNull();
    }

    @Test
    void oversizedFilesAndQuotaOverrunsAreRefused() {
        var claire = fx.user("claire.leroy");
        settings.save(new MessagingSettings.Settings(1, 2, 30, null), TestTime.now());
        try {
            UUID draft = draft(claire);
            byte[] large = new byte[1024 * 1024 + 1];
            assertThatThrownBy(() -> attachments.attach(claire, draft, new Bytes("film.mp4", large)))
                    .isInstanceOfSatisfying(MessagingProblem.class, p -> {
                        assertThat(p.reason()).isEqualTo(Reason.FILE_TOO_LARGE);
                        assertThat(p.arguments()).containsExactly("film.mp4", 1);
                    });
            byte[] almost = new byte[1024 * 1024 - 10];
            attachments.attach(claire, draft, new Bytes("a.pdf", almost));
            attachments.attach(claire, draft, new Bytes("b.pdf", almost));
            assertThatThrownBy(() -> attachments.attach(claire, draft, new Bytes("c.pdf", almost)))
                    .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.QUOTA_EXCEEDED));
            assertThat(attachments.usage(claire)[0]).isEqualTo(2L * almost.length);
        } finally {
            settings.save(new MessagingSettings.Settings(20, 200, 30, null), TestTime.now());
        }
    }

    @Test
    void aForwardSharesTheStoredFileAndOnlyReadersDownloadIt() throws Exception {
        var paul = fx.user("paul.martin");
        UUID draft = draft(paul);
        byte[] content = "%PDF-1.7 le programme".getBytes();
        UUID file = attachments.attach(paul, draft, new Bytes("programme de l'année.pdf", content));
        sending.send(paul, draft, Compose.html(List.of(fx.id("lucas.durand").toString()), "Programme", "<p>x</p>"), false);
        fx.awaitDelivered(draft, 1);
        long files = jdbc.sql("select count(*) from messaging.files").query(Long.class).single();

        var lucas = fx.user("lucas.durand");
        UUID forward = replies.forward(lucas, draft);
        var forwarded = sending.send(lucas, forward, Compose.html(List.of(fx.id("sophie.durand").toString()),
                "Tr : Programme", "<p>Pour toi</p>"), false);
        fx.awaitDelivered(forwarded.id(), 1);
        assertThat(jdbc.sql("select count(*) from messaging.files").query(Long.class).single())
                .as("no bytes copied").isEqualTo(files);
        assertThat(jdbc.sql("select file_id from messaging.attachments where message_id = :m").param("m", forward)
                .query(UUID.class).list()).containsExactly(file);

        var sophie = DemoAccounts.login(mvc, "sophie.durand");
        var body = mvc.perform(get("/messages/" + forward + "/attachments/" + file).cookie(sophie))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.equals(body, content)).isTrue();
        // sophie does not hold the original message, only the forward
        mvc.perform(get("/messages/" + draft + "/attachments/" + file).cookie(sophie)).andExpect(status().isNotFound());
        mvc.perform(get("/messages/" + forward + "/attachments/" + file).cookie(DemoAccounts.login(mvc, "claire.leroy")))
                .andExpect(status().isNotFound());
    }
}
