package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.messaging.BoxRepository.Box;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.MessageViews.Folder;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sending, reaching, fan-out, reading, searching and sorting, on the demo territory. */
@PreauSpringTest
@Import(MessagingTest.SentEvents.class)
class MessagingTest {

    /** Collects {@link MessageSent} as the timeline would receive it. */
    @TestConfiguration
    @Component
    static class SentEvents {
        final List<MessageSent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(MessageSent event) {
            events.add(event);
        }
    }

    @Autowired
    Sending sending;
    @Autowired
    Mailbox mailbox;
    @Autowired
    Replies replies;
    @Autowired
    Folders folders;
    @Autowired
    SentEvents sent;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;

    MessagingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new MessagingFixtures(jdbc, directory);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.FRENCH);
    }

    private UUID send(String login, Compose compose) {
        return sending.send(fx.user(login), null, compose, true).id();
    }

    @Test
    void aTeacherWritesToTheParentsOfAClassEachParentOnceAndNoPupil() {
        var paul = fx.user("paul.martin");
        List<UUID> parents = fx.parentsOf("6A");
        var compose = new Compose(List.of(fx.group("6A", "RELATIVE")), List.of(fx.id("sophie.durand").toString()),
                List.of(), "Sortie", "<p>Bonjour</p>", true, null, null);
        var result = sending.send(paul, null, compose, true);

        fx.awaitDelivered(result.id(), parents.size());
        assertThat(fx.receivers(result.id())).containsExactlyInAnyOrderElementsOf(parents)
                .doesNotContain(fx.id("lucas.durand").value());
        assertThat(result.recipients()).isEqualTo(parents.size());
        assertThat(jdbc.sql("select kind from messaging.entries where message_id = :m and person_id = :p")
                .param("m", result.id()).param("p", fx.id("sophie.durand").value()).query(String.class).single())
                .as("named in Cc but a parent of 6A: one message, as To").isEqualTo("TO");
        var event = sent.events.stream().filter(e -> e.messageId().equals(result.id())).findFirst().orElseThrow();
        assertThat(event.sender()).isEqualTo(paul.personId());
        assertThat(event.recipients()).hasSize(parents.size());
        assertThat(event.subject()).isEqualTo("Sortie");
    }

    @Test
    void aParentMayNotWriteToOtherFamiliesButToTheTeachersOfTheirChildren() {
        var sophie = fx.user("sophie.durand");
        String parents = fx.group("6A", "RELATIVE");
        assertThatThrownBy(() -> sending.send(sophie, null, Compose.html(List.of(parents), "Hi", "x"), true))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> {
                    assertThat(p.reason()).isEqualTo(Reason.RECIPIENTS_REFUSED);
                    assertThat(p.refused()).extracting(MessagingProblem.Refusal::id).containsExactly(parents);
                    assertThat(p.arguments()[0].toString()).contains("6A");
                });
        String otherParent = fx.parentsOf("6B").stream().filter(id -> !fx.parentsOf("6A").contains(id)
                && !id.equals(fx.id("sophie.durand").value())).findFirst().orElseThrow().toString();
        assertThatThrownBy(() -> send("sophie.durand", Compose.html(List.of(otherParent), "Hi", "x")))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.refused())
                        .extracting(MessagingProblem.Refusal::id).containsExactly(otherParent));
        UUID ok = send("sophie.durand", Compose.html(List.of(fx.group("6A", "TEACHER")), "Absence", "<p>Lucas</p>"));
        fx.awaitDelivered(ok, jdbc.sql("select count(distinct person_id) from directory.teachings t "
                + "join directory.classes c on c.id = t.class_id where c.name = '6A'").query(Long.class).single().intValue());
        assertThat(fx.receivers(ok)).contains(fx.id("paul.martin").value());
    }

    @Test
    void nobodyReachesAnotherSchool() {
        String paul = fx.id("paul.martin").toString();
        assertThatThrownBy(() -> send("claire.leroy", Compose.html(List.of(paul, fx.group("6A", "RELATIVE")), "x", "x")))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.refused())
                        .extracting(MessagingProblem.Refusal::id).containsExactlyInAnyOrder(paul, fx.group("6A", "RELATIVE")));
        UUID sameSchool = send("anne.bernard", Compose.html(List.of(paul), "Conseil", "x"));
        fx.awaitDelivered(sameSchool, 1);
        assertThat(fx.receivers(sameSchool)).containsExactly(fx.id("paul.martin").value());
    }

    @Test
    void scriptsStylesAndImagesAreRemovedFromTheBodyAndLinksMadeSafe() {
        UUID id = send("paul.martin", Compose.html(List.of(fx.id("lucas.durand").toString()), "<b>Sujet</b>",
                "<p style=\"color:red\" onclick=\"x()\">Bonjour <script>alert(1)</script><strong>gras</strong></p>"
                        + "<style>p{}</style><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">j</a>"
                        + "<a href=\"https://example.org\" target=\"_blank\">site</a><iframe src=\"//evil\"></iframe>"));
        var detail = mailbox.detail(fx.user("paul.martin"), id).orElseThrow();
        assertThat(detail.body()).doesNotContain("script", "style", "onclick", "img", "onerror", "javascript", "iframe")
                .contains("<strong>gras</strong>", "href=\"https://example.org\"", "nofollow", "noopener");
        assertThat(detail.subject()).as("the subject is text, escaped on output").isEqualTo("<b>Sujet</b>");
        UUID text = send("paul.martin", new Compose(List.of(fx.id("lucas.durand").toString()), List.of(), List.of(),
                "Texte", "a <b>b</b>\nligne 2", false, null, null));
        assertThat(mailbox.detail(fx.user("paul.martin"), text).orElseThrow().body())
                .isEqualTo("<p>a &lt;b&gt;b&lt;/b&gt;<br />ligne 2</p>");
    }

    @Test
    void aPersonReadsOnlyWhatTheyHoldAndRepliesOnlyToThat() {
        UUID id = send("paul.martin", Compose.html(List.of(fx.id("lucas.durand").toString()), "Devoir", "<p>x</p>"));
        fx.awaitDelivered(id, 1);
        assertThat(mailbox.read(fx.user("sophie.durand"), id)).isEmpty();
        assertThatThrownBy(() -> replies.reply(fx.user("sophie.durand"), id, false))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_FOUND));
        var lucas = fx.user("lucas.durand");
        assertThat(mailbox.counts(lucas).inbox()).isPositive();
        assertThat(mailbox.read(lucas, id)).hasValueSatisfying(d -> assertThat(d.from().displayName()).isEqualTo("Paul Martin"));
        UUID draft = replies.reply(lucas, id, false);
        var reply = mailbox.detail(lucas, draft).orElseThrow();
        assertThat(reply.subject()).isEqualTo("Re : Devoir");
        assertThat(reply.to()).extracting(MessageViews.Recipient::id).containsExactly(fx.id("paul.martin").toString());
        assertThat(reply.threadId()).isEqualTo(id);
        assertThat(reply.body()).as("a paragraph with a line's height above the quote takes the caret")
                .startsWith("<p><br /></p><blockquote>");
        sending.send(lucas, draft, new Compose(List.of(fx.id("paul.martin").toString()), List.of(), List.of(),
                reply.subject(), "<p>Merci</p>", true, null, null), false);
        fx.awaitDelivered(draft, 1);
        assertThat(mailbox.thread(fx.user("paul.martin"), draft)).extracting(MessageViews.Detail::id)
                .containsExactly(id, draft);
    }

    @Test
    void searchIgnoresAccentsAndCaseAndStaysInOnesOwnBoxes() {
        UUID id = send("paul.martin", Compose.html(List.of(fx.id("lucas.durand").toString()), "Visite du Musée",
                "<p>Rendez-vous à l'entrée du château</p>"));
        fx.awaitDelivered(id, 1);
        var lucas = fx.user("lucas.durand");
        assertThat(mailbox.search(lucas, "musee", 50)).extracting(MessageViews.Summary::id).contains(id);
        assertThat(mailbox.search(lucas, "CHATEAU entree", 50)).extracting(MessageViews.Summary::id).contains(id);
        assertThat(mailbox.search(lucas, "martin", 50)).extracting(MessageViews.Summary::id).contains(id);
        assertThat(mailbox.search(lucas, "château zèbre", 50)).isEmpty();
        assertThat(mailbox.search(fx.user("emma.durand"), "musée", 50)).extracting(MessageViews.Summary::id)
                .doesNotContain(id);
    }

    @Test
    void foldersNestThreeLevelsAndMessagesMoveTrashAndComeBack() {
        var lucas = fx.user("lucas.durand");
        UUID id = send("paul.martin", Compose.html(List.of(lucas.personId().toString()), "Rangement", "<p>x</p>"));
        fx.awaitDelivered(id, 1);
        UUID one = folders.create(lucas, null, "Maths");
        UUID two = folders.create(lucas, one, "Devoirs");
        UUID three = folders.create(lucas, two, "Trimestre 1");
        assertThatThrownBy(() -> folders.create(lucas, three, "Trop"))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.FOLDER_TOO_DEEP));
        assertThatThrownBy(() -> folders.create(fx.user("emma.durand"), one, "Chez moi"))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.NOT_FOUND));

        mailbox.move(lucas, id, three);
        assertThat(ids(lucas, new Box(Folder.INBOX, three))).containsExactly(id);
        assertThat(mailbox.counts(lucas).folders()).filteredOn(f -> f.id().equals(three))
                .extracting(MessageViews.FolderLine::unread).containsExactly(1L);
        mailbox.trash(lucas, id);
        assertThat(ids(lucas, new Box(Folder.TRASH, null))).contains(id);
        mailbox.restore(lucas, id);
        assertThat(ids(lucas, new Box(Folder.INBOX, null))).contains(id);
        mailbox.move(lucas, id, two);
        folders.delete(lucas, one);
        assertThat(ids(lucas, new Box(Folder.TRASH, null))).as("deleting a folder trashes its messages").contains(id);
        assertThat(mailbox.emptyTrash(lucas, null)).isPositive();
        assertThat(mailbox.detail(lucas, id)).isEmpty();
        assertThat(mailbox.detail(fx.user("paul.martin"), id)).as("the sender keeps their copy").isPresent();
    }

    @Test
    void moreThanAHundredPeopleNeedAConfirmation() {
        var anne = fx.user("anne.bernard");
        String parents = "structure:" + jdbc.sql("select id from directory.structures where uai = '0930002B'")
                .query(UUID.class).single() + ":RELATIVE";
        var compose = Compose.html(List.of(parents), "Information", "<p>x</p>");
        assertThatThrownBy(() -> sending.send(anne, null, compose, false))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> {
                    assertThat(p.reason()).isEqualTo(Reason.CONFIRMATION_NEEDED);
                    assertThat((Integer) p.arguments()[0]).isGreaterThan(100);
                });
        assertThat(mailbox.list(anne, new Box(Folder.DRAFTS, null), null, 50).items()).as("nothing kept")
                .noneMatch(s -> s.subject().equals("Information"));
        var result = sending.send(anne, null, compose, true);
        fx.awaitDelivered(result.id(), result.recipients());
    }

    @Test
    void aReplayedDeliveryAddsNothingTwiceAndARecalledMessageIsNotDelivered() {
        var paul = fx.user("paul.martin");
        var lucas = fx.id("lucas.durand").value();
        var sent = sending.send(paul, null, Compose.html(List.of(lucas.toString()), "Une fois", "<p>x</p>"), true);
        fx.awaitDelivered(sent.id(), 1);
        var tx = new org.springframework.transaction.support.TransactionTemplate(txManager);
        tx.executeWithoutResult(s -> publisher.publishEvent(new DeliveryRequested(sent.id(), List.of(lucas),
                List.of(), List.of(fx.id("sophie.durand").value()))));
        fx.awaitDelivered(sent.id(), 2);
        assertThat(jdbc.sql("select count(*) from messaging.entries where message_id = :m and person_id = :p")
                .param("m", sent.id()).param("p", lucas).query(Long.class).single()).isEqualTo(1);

        var recalled = sending.send(paul, null, Compose.html(List.of(lucas.toString()), "Repris", "<p>x</p>"), true);
        sending.recall(paul, recalled.id());
        tx.executeWithoutResult(s -> publisher.publishEvent(new DeliveryRequested(recalled.id(), List.of(lucas),
                List.of(), List.of())));
        org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(500))
                .until(() -> fx.delivered(recalled.id()) == 0);
    }

    @Test
    void anOverSizeBodyIsRefusedAsItArrivesBeforeAnySanitizing() {
        var paul = fx.user("paul.martin");
        String to = fx.id("lucas.durand").toString();
        // 50 MB of markup: sanitizing it took 12.5 s of CPU; refused on its length, it takes nothing
        String huge = "<p><b>x</b></p>".repeat(50 * 1024 * 1024 / 15);
        long start = System.nanoTime();
        assertThatThrownBy(() -> sending.send(paul, null, Compose.html(List.of(to), "Énorme", huge), true))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.TOO_LONG));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(1));
        // over the limit as typed, though nothing would be left after sanitizing: the length typed counts
        String empty = "<span></span>".repeat(200_000 / 13 + 1);
        assertThatThrownBy(() -> sending.saveDraft(paul, null, Compose.html(List.of(to), "Vide", empty)))
                .isInstanceOfSatisfying(MessagingProblem.class, p -> assertThat(p.reason()).isEqualTo(Reason.TOO_LONG));
        assertThat(jdbc.sql("select count(*) from messaging.messages where subject in ('Énorme', 'Vide')")
                .query(Long.class).single()).as("nothing saved").isZero();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    private List<UUID> ids(org.preau.platform.PreauUser user, Box box) {
        return mailbox.list(user, box, null, 200).items().stream().map(MessageViews.Summary::id).toList();
    }
}
