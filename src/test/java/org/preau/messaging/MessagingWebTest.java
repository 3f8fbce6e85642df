package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The pages of the messagerie, as plain forms (no JavaScript) and as htmx fragments. */
@PreauSpringTest
class MessagingWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    Sending sending;

    MessagingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new MessagingFixtures(jdbc, directory);
    }

    private UUID latest(String subject) {
        return jdbc.sql("select id from messaging.messages where subject = :s order by created_at desc limit 1")
                .param("s", subject).query(UUID.class).single();
    }

    @Test
    void theInboxListsTheDemoMessageAndHtmxGetsOnlyTheLines() throws Exception {
        Cookie sophie = DemoAccounts.login(mvc, "sophie.durand");
        mvc.perform(get("/messages").cookie(sophie))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Boîte de réception"),
                        containsString("Sortie au musée des Arts et Métiers"), containsString("Paul Martin"),
                        containsString("messages non lus"), containsString("<html"))));
        mvc.perform(get("/messages").cookie(sophie).header("HX-Request", "true").header("HX-Target", "lines"))
                .andExpect(content().string(allOf(containsString("Sortie au musée"), not(containsString("<html")))));
        mvc.perform(get("/").cookie(sophie)).andExpect(content().string(allOf(containsString("Messagerie"),
                containsString("messages non lus</span></a>"))));
    }

    @Test
    void withoutJavaScriptAParentFindsTheTeacherAddsHimAndSends() throws Exception {
        Cookie sophie = DemoAccounts.login(mvc, "sophie.durand");
        String paul = fx.id("paul.martin").toString();
        mvc.perform(multipart("/messages/compose").param("action", "search").param("q", "martin")
                        .param("subject", "Absence").param("body", "Lucas est malade.").cookie(sophie).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Paul Martin"), containsString("TO|" + paul),
                        containsString("value=\"Absence\""))));
        mvc.perform(multipart("/messages/compose").param("add", "TO|" + paul).param("subject", "Absence")
                        .param("body", "Lucas est malade.").cookie(sophie).with(csrf()))
                .andExpect(content().string(allOf(containsString("name=\"to\" value=\"" + paul + "\""),
                        containsString("Ce message sera reçu par 1 personne."))));
        mvc.perform(multipart("/messages/compose").param("action", "send").param("to", paul).param("subject", "Absence")
                        .param("body", "Lucas est malade.\n\nBien à vous").cookie(sophie).with(csrf()))
                .andExpect(redirectedUrl("/messages?folder=SENT&sent"));
        UUID id = latest("Absence");
        fx.awaitDelivered(id, 1);
        mvc.perform(get("/messages/" + id).cookie(DemoAccounts.login(mvc, "paul.martin")))
                .andExpect(content().string(allOf(containsString("<p>Lucas est malade.</p><p>Bien à vous</p>"),
                        containsString("Sophie Durand"), containsString("Répondre à tous"))));
    }

    @Test
    void refusedRecipientsComeBackNamedAndAHundredPeopleAskForConfirmation() throws Exception {
        Cookie sophie = DemoAccounts.login(mvc, "sophie.durand");
        String parents = fx.group("6A", "RELATIVE");
        mvc.perform(multipart("/messages/compose").param("action", "send").param("to", parents).param("subject", "x")
                        .cookie(sophie).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Vous ne pouvez pas écrire à"),
                        containsString("chip refused"), containsString("role=\"alert\""))));

        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        String all = "structure:" + jdbc.sql("select id from directory.structures where uai = '0930002B'")
                .query(UUID.class).single() + ":RELATIVE";
        mvc.perform(multipart("/messages/compose").param("action", "send").param("to", all).param("subject", "Grève")
                        .cookie(anne).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Confirmer l&#39;envoi"), containsString("personnes"))));
        mvc.perform(multipart("/messages/compose").param("action", "confirm").param("to", all).param("subject", "Grève")
                        .cookie(anne).with(csrf()))
                .andExpect(redirectedUrl("/messages?folder=SENT&sent"));
    }

    @Test
    void htmxSavesTheDraftAsOneTypesAndThePickerShowsGroupSizes() throws Exception {
        Cookie paul = DemoAccounts.login(mvc, "paul.martin");
        String html = mvc.perform(post("/messages/compose/autosave").param("subject", "Brouillon auto")
                        .param("body", "<p>début</p>").param("format", "html").cookie(paul).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Brouillon enregistré automatiquement"),
                        containsString("hx-swap-oob"), not(containsString("<html")))))
                .andReturn().getResponse().getContentAsString();
        UUID draft = latest("Brouillon auto");
        assertThat(html).contains(draft.toString());
        mvc.perform(get("/messages/drafts/" + draft).cookie(paul))
                .andExpect(content().string(allOf(containsString("Brouillon auto"), containsString("début"),
                        containsString("Supprimer le brouillon"))));
        mvc.perform(post("/messages/" + draft + "/trash").cookie(paul).with(csrf()))
                .andExpect(redirectedUrl("/messages?trashed"));
        mvc.perform(get("/messages").param("folder", "TRASH").cookie(paul))
                .andExpect(content().string(containsString("Brouillon auto")));
        mvc.perform(get("/messages/recipients").param("q", "6A").cookie(paul).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("Parents d&#39;élèves de la classe 6A"),
                        containsString("personnes)"), not(containsString("<html")))));
        mvc.perform(post("/messages/compose/picker").param("add", "CC|" + fx.group("6A", "STUDENT"))
                        .cookie(paul).with(csrf()).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("Élèves de la classe 6A"),
                        containsString("name=\"cc\""), not(containsString("<html")))));
        mvc.perform(get("/messages/drafts/" + draft).cookie(DemoAccounts.login(mvc, "lucas.durand")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReplyStartsFromTheMessageAndAForbiddenFileIsRefusedClearly() throws Exception {
        Cookie lucas = DemoAccounts.login(mvc, "lucas.durand");
        UUID question = latest("Re : Question sur le devoir");
        mvc.perform(get("/messages/" + question).cookie(lucas))
                .andExpect(content().string(containsString("une démonstration courte suffit")));
        String draft = mvc.perform(post("/messages/" + question + "/reply").cookie(lucas).with(csrf()))
                .andExpect(redirectedUrlPattern("/messages/drafts/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(draft).cookie(lucas)).andExpect(content().string(containsString("Paul Martin")));
        mvc.perform(multipart("/messages/compose").file(new MockMultipartFile("files", "jeu.exe",
                                "application/octet-stream", new byte[] { 'M', 'Z', 0, 0 }))
                        .param("id", draft.substring(draft.lastIndexOf('/') + 1)).param("action", "attach")
                        .param("subject", "Re : Question").cookie(lucas).with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(containsString("Le fichier jeu.exe est refusé")));
        mvc.perform(post("/messages/" + latest("Sortie au musée des Arts et Métiers") + "/reply").cookie(lucas)
                .with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheCentralAdminChangesTheSettings() throws Exception {
        Cookie admin = DemoAccounts.login(mvc, "admin.region");
        mvc.perform(post("/admin/messaging").param("maxFileMb", "10").param("quotaMb", "300").param("trashDays", "30")
                .param("retentionMonths", "24").cookie(admin).with(csrf())).andExpect(redirectedUrl("/admin/messaging?saved"));
        mvc.perform(post("/admin/messaging").param("maxFileMb", "1000").param("quotaMb", "300").param("trashDays", "30")
                .cookie(admin).with(csrf())).andExpect(content().string(containsString("ne sont pas valides")));
        Cookie anne = DemoAccounts.login(mvc, "anne.bernard");
        mvc.perform(get("/admin/messaging").cookie(anne))
                .andExpect(content().string(allOf(containsString("value=\"300\""), containsString("settings-readonly"))));
        mvc.perform(post("/admin/messaging").param("maxFileMb", "1").param("quotaMb", "1").param("trashDays", "1")
                .cookie(anne).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/messaging").cookie(DemoAccounts.login(mvc, "lucas.durand"))).andExpect(status().isForbidden());
    }

    @Test
    void foldersAreMadeFromTheirPageAndMessagesMoveIntoThem() throws Exception {
        Cookie sophie = DemoAccounts.login(mvc, "sophie.durand");
        String folder = mvc.perform(post("/messages/folders").param("name", "École").cookie(sophie).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(folder).startsWith("/messages?f=");
        String id = folder.substring("/messages?f=".length(), folder.indexOf('&'));
        UUID message = sending.send(fx.user("paul.martin"), null, MessageViews.Compose.html(
                java.util.List.of(fx.id("sophie.durand").toString()), "À ranger", "<p>x</p>"), true).id();
        fx.awaitDelivered(message, 1);
        mvc.perform(post("/messages/" + message + "/move").param("folder", id).cookie(sophie).with(csrf()))
                .andExpect(redirectedUrl("/messages?f=" + id + "&moved"));
        mvc.perform(get("/messages").param("f", id).cookie(sophie))
                .andExpect(content().string(allOf(containsString("<h1>École</h1>"), containsString("À ranger"))));
        mvc.perform(get("/messages").param("f", id).cookie(DemoAccounts.login(mvc, "emma.durand")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMessageFromSomeoneDeletedSaysFormerUser() throws Exception {
        var pupil = fx.pupilOf("5A");
        UUID id = sending.send(pupil, null, MessageViews.Compose.html(java.util.List.of(fx.id("paul.martin").toString()),
                "Avant mon départ", "<p>Au revoir</p>"), true).id();
        fx.awaitDelivered(id, 1);
        new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(s ->
                publisher.publishEvent(new org.preau.directory.PersonsDeleted(java.util.List.of(pupil.personId()))));
        Cookie paul = DemoAccounts.login(mvc, "paul.martin");
        org.awaitility.Awaitility.await().until(() -> jdbc.sql("select sender_id is null from messaging.messages where id = :m")
                .param("m", id).query(Boolean.class).single());
        mvc.perform(get("/messages/" + id).cookie(paul))
                .andExpect(content().string(allOf(containsString("Ancien utilisateur"), containsString("Au revoir"),
                        not(containsString(pupil.displayName())))));
        mvc.perform(get("/messages").cookie(paul)).andExpect(content().string(containsString("Ancien utilisateur")));
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Test
    void attachThenSendMakesOneMessageAndLeavesNoDraftWhateverTheAutosaveDoes() throws Exception {
        Cookie sophie = DemoAccounts.login(mvc, "sophie.durand");
        UUID me = fx.id("sophie.durand").value();
        String paul = fx.id("paul.martin").toString();
        String page = mvc.perform(get("/messages/new").cookie(sophie)).andReturn().getResponse().getContentAsString();
        var key = java.util.regex.Pattern.compile("name=\"key\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(key.find()).as("the page carries the key of the message it writes").isTrue();
        // the file input's change starts an autosave; "Joindre" is pressed before it answers
        mvc.perform(post("/messages/compose/autosave").param("key", key.group(1)).param("to", paul)
                .param("subject", "Pièce jointe").param("body", "Voici").cookie(sophie).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(multipart("/messages/compose")
                        .file(new MockMultipartFile("files", "mot.pdf", "application/pdf", "%PDF-1.4 x".getBytes()))
                        .param("key", key.group(1)).param("action", "attach").param("to", paul)
                        .param("subject", "Pièce jointe").param("body", "Voici").cookie(sophie).with(csrf()))
                .andExpect(redirectedUrl("/messages/drafts/" + key.group(1) + "?attached"));
        mvc.perform(multipart("/messages/compose").param("id", key.group(1)).param("action", "send").param("to", paul)
                        .param("subject", "Pièce jointe").param("body", "Voici").cookie(sophie).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // an autosave that arrives after the send changes nothing
        mvc.perform(post("/messages/compose/autosave").param("key", key.group(1)).param("to", paul)
                .param("subject", "Pièce jointe").param("body", "Voici").cookie(sophie).with(csrf()));
        assertThat(jdbc.sql("select state from messaging.messages where sender_id = :me and subject = 'Pièce jointe'")
                .param("me", me).query(String.class).list()).containsExactly("SENT");
        assertThat(jdbc.sql("select count(*) from messaging.entries where person_id = :me and folder = 'DRAFTS'")
                .param("me", me).query(Long.class).single()).as("no ghost draft").isZero();
    }

}
