package org.preau.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.preau.directory.Profile;
import org.preau.directory.StructureType;
import org.preau.directory.SyncModel.ClassKey;
import org.preau.directory.SyncModel.RelativeKey;
import org.preau.directory.SyncModel.SyncBatch;
import org.preau.directory.SyncModel.SyncPerson;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.directory.SyncModel.TeachingKey;

/**
 * A generated territory for the benchmarks, written through {@code DirectorySync}: {@code people}
 * in all, 40 % pupils (20 classes {@code C0}..{@code C19} per collège of 500 pupils) with one
 * or two parents each, 5 % teachers teaching one class; source {@code BENCH}.
 */
final class BenchTerritory {

    static final String[] FIRST = { "Louise", "Jade", "Emma", "Léa", "Chloé", "Inès", "Zoé", "Hugo", "Léo",
            "Gabriel", "Raphaël", "Jules", "Noah", "Théo", "Maël", "Éloïse", "Anaïs", "Côme", "Noé", "Yanis" };
    static final String[] LAST = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand",
            "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert",
            "Bonnet", "François", "Legrand", "Gauthier", "Perrin", "Clément", "Nicolas", "Henry", "Roussel" };

    private BenchTerritory() {
    }

    static SyncBatch batch(int people, Random random) {
        int pupils = people * 40 / 100;
        int teachers = people * 5 / 100;
        int structures = pupils / 500;
        List<SyncStructure> schools = new ArrayList<>();
        for (int s = 0; s < structures; s++) {
            schools.add(new SyncStructure("B" + s, String.format("%07dY", 8_000_000 + s), "Collège Banc " + s,
                    StructureType.COLLEGE));
        }
        List<SyncPerson> persons = new ArrayList<>();
        int parents = 0;
        for (int i = 0; i < pupils; i++) {
            String school = "B" + (i % structures);
            String last = LAST[random.nextInt(LAST.length)];
            List<RelativeKey> relatives = new ArrayList<>();
            for (int p = 0; p < 2 && parents < people - pupils - teachers; p++, parents++) {
                String id = "BP" + parents;
                relatives.add(new RelativeKey(id, true));
                persons.add(person(id, Profile.RELATIVE, FIRST[random.nextInt(FIRST.length)], last, List.of(), List.of(),
                        List.of(), List.of()));
            }
            persons.add(person("BE" + i, Profile.STUDENT, FIRST[random.nextInt(FIRST.length)], last, List.of(school),
                    List.of(new ClassKey(school, "C" + random.nextInt(20))), List.of(), relatives));
        }
        for (int i = 0; i < teachers; i++) {
            String school = "B" + (i % structures);
            persons.add(person("BT" + i, Profile.TEACHER, FIRST[random.nextInt(FIRST.length)],
                    LAST[random.nextInt(LAST.length)], List.of(school), List.of(),
                    List.of(new TeachingKey(school, "C" + random.nextInt(20), "MATHS")), List.of()));
        }
        return new SyncBatch("BENCH", true, Set.of(), schools, List.of(), List.of(), persons, List.of());
    }

    private static SyncPerson person(String id, Profile profile, String first, String last, List<String> structures,
            List<ClassKey> classes, List<TeachingKey> teachings, List<RelativeKey> relatives) {
        return new SyncPerson(id, profile, false, first, last, profile == Profile.STUDENT ? LocalDate.of(2013, 1, 1) : null,
                null, null, structures, classes, teachings, relatives, Set.of());
    }
}
