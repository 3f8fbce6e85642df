package org.preau.demo;

import java.util.List;
import java.util.Locale;

import org.preau.directory.Directory;
import org.preau.directory.Profile;
import org.preau.messaging.MessageViews.Compose;
import org.preau.messaging.Messaging;
import org.preau.platform.GroupRef;
import org.preau.platform.ClassId;
import org.preau.platform.EmbeddedDemo;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A few messages between the demo accounts, sent through the messaging facade like any other:
 * a teacher to the parents of a class, a pupil to a teacher and the answer.
 */
@Component
@EmbeddedDemo
class DemoMessages {

    private final Directory directory;
    private final Messaging messaging;

    DemoMessages(Directory directory, Messaging messaging) {
        this.directory = directory;
        this.messaging = messaging;
    }

    /** Who writes: the maths teacher of 6A, a pupil of 6A, the CE1 teacher and their classes. */
    record Cast(PersonId paul, PersonId lucas, PersonId claire, ClassId sixthA, ClassId ce1) {
    }

    void seed(Cast cast) {
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(Locale.FRENCH);
        try {
            send(cast.paul(), "paul.martin", List.of(group(cast.sixthA(), Profile.RELATIVE)),
                    "Sortie au musée des Arts et Métiers",
                    "<p>Bonjour,</p><p>La classe de 6A visitera le musée des Arts et Métiers le <strong>jeudi 10 décembre"
                            + "</strong>. Merci de signer l'autorisation dans le carnet de liaison.</p>"
                            + "<p>Paul Martin, professeur de mathématiques</p>");
            send(cast.lucas(), "lucas.durand", List.of(cast.paul().toString()), "Question sur le devoir",
                    "<p>Bonjour Monsieur,</p><p>Pour l'exercice 4, faut-il rédiger la démonstration ?</p><p>Lucas</p>");
            send(cast.paul(), "paul.martin", List.of(cast.lucas().toString()), "Re : Question sur le devoir",
                    "<p>Bonjour Lucas,</p><p>Oui, une démonstration courte suffit.</p><p>M. Martin</p>");
            send(cast.claire(), "claire.leroy", List.of(group(cast.ce1(), Profile.RELATIVE)),
                    "Réunion de rentrée du CE1",
                    "<p>Chers parents,</p><p>La réunion de rentrée aura lieu <em>mardi à 18 h</em> dans la classe.</p>");
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    private static String group(ClassId classId, Profile profile) {
        return new GroupRef.OfClass(classId, profile).id();
    }

    private void send(PersonId from, String login, List<String> to, String subject,
            String body) {
        var card = directory.card(from).orElseThrow();
        var sender = new PreauUser(from, login, card.displayName(), directory.roles(from), true, null);
        messaging.send(sender, Compose.html(to, subject, body));
    }
}
