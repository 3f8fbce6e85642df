package org.preau.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.preau.diary.Diary;
import org.preau.diary.HomeworkDraft;
import org.preau.diary.SessionDraft;
import org.preau.directory.Directory;
import org.preau.platform.ClassId;
import org.preau.platform.PeopleTime;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;

/**
 * A few pages of the cahier de textes, through the diary's facade: Paul Martin's maths in 6A
 * (this week, and last school year's progression to reuse) and Claire Leroy's CE1.
 */
final class DemoDiary {

    private final Diary diary;
    private final Directory directory;
    private final LocalDate today;

    DemoDiary(Diary diary, Directory directory, Clock clock) {
        this.diary = diary;
        this.directory = directory;
        this.today = LocalDate.ofInstant(clock.instant(), PeopleTime.ZONE);
    }

    void seed(PersonId paulMartin, ClassId sixA, PersonId claireLeroy, ClassId ce1) {
        college(as(paulMartin, "paul.martin", "Paul Martin"), sixA);
        primary(as(claireLeroy, "claire.leroy", "Claire Leroy"), ce1);
    }

    private void college(PreauUser paul, ClassId sixA) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        diary.createSession(paul, new SessionDraft(sixA, "Mathématiques", monday, "Les fractions",
                "<p>Une fraction partage une unité en parts égales.</p><ul><li>numérateur</li><li>dénominateur</li></ul>",
                List.of(), null));
        diary.createSession(paul, new SessionDraft(sixA, "Mathématiques", monday.plusDays(2), "Fractions égales",
                "Simplifier une fraction : diviser le numérateur et le dénominateur par un même nombre.", List.of(),
                null));
        diary.createHomework(paul, new HomeworkDraft(sixA, "Mathématiques", today.plusDays(2), "Exercices 4 à 7 page 58",
                "Faire les exercices 4, 5, 6 et 7 page 58 sur le cahier d'exercices.", 30, false, List.of(), null));
        diary.createHomework(paul, new HomeworkDraft(sixA, "Mathématiques", today.plusDays(7), "Devoir maison n° 3",
                "Problèmes de partage : rendre la copie double.", 60, true, List.of(), null));
        LocalDate lastYear = today.minusWeeks(52);
        String[] titles = { "Nombres décimaux", "Comparer des décimaux", "Droites parallèles" };
        for (int i = 0; i < titles.length; i++) {
            diary.createSession(paul, new SessionDraft(sixA, "Mathématiques", lastYear.plusDays(7L * i), titles[i],
                    "Séance de l'an dernier : " + titles[i] + ".", List.of(), null));
        }
    }

    private void primary(PreauUser claire, ClassId ce1) {
        diary.createSession(claire, new SessionDraft(ce1, "Français", today, "Lecture : le loup et l'agneau",
                "Nous avons lu la fable et appris le vocabulaire.", List.of(), null));
        LocalDate next = today.plusDays(1);
        diary.createHomework(claire, HomeworkDraft.simple(ce1, "Français", next, "Relire la fable page 12",
                "Relire la fable page 12 à voix haute."));
        diary.createHomework(claire, HomeworkDraft.simple(ce1, "Mathématiques", next, "Apprendre la table de 3",
                "Apprendre la table de multiplication de 3."));
    }

    private PreauUser as(PersonId id, String login, String name) {
        return new PreauUser(id, login, name, directory.roles(id), true, null);
    }
}
