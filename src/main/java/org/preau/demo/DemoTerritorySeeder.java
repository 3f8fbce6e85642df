package org.preau.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.preau.diary.Diary;
import org.preau.directory.AdminFunction;
import org.preau.directory.Directory;
import org.preau.directory.Profile;
import org.preau.directory.StructureType;
import org.preau.identity.Accounts;
import org.preau.platform.ClassId;
import org.preau.platform.EmbeddedDemo;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds "Région Démo" on the first start in the demo mode: an école and a collège, their
 * classes, about 25 pupils a class with their parents (some families in both schools),
 * teachers, staff, and the documented demo accounts. Seeds nothing when the territory is
 * already there, and runs in one transaction so that a failed seed leaves nothing behind.
 */
@Component
@EmbeddedDemo
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(100)
class DemoTerritorySeeder implements ApplicationRunner {

    static final String PASSWORD = "Preau-Demo-2026!";
    static final String ECOLE_UAI = "0930001A";
    static final String COLLEGE_UAI = "0930002B";
    private static final int PUPILS_PER_CLASS = 25;

    private static final Logger log = LoggerFactory.getLogger(DemoTerritorySeeder.class);

    private final Directory directory;
    private final Accounts accounts;
    private final TransactionTemplate transaction;
    private final Diary diary;
    private final Clock clock;
    private final DemoMessages messages;

    DemoTerritorySeeder(Directory directory, Accounts accounts, TransactionTemplate transaction, Diary diary,
            Clock clock, DemoMessages messages) {
        this.directory = directory;
        this.accounts = accounts;
        this.transaction = transaction;
        this.diary = diary;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.structureByUai(ECOLE_UAI).isPresent()) {
            log.info("Demo territory already seeded");
            return;
        }
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo territory seeded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private void seed() {
        String hash = accounts.hash(PASSWORD);
        var names = new DemoNames(2026);
        StructureId ecole = directory.createStructure(ECOLE_UAI, "École élémentaire Jean Moulin", StructureType.ECOLE);
        StructureId college = directory.createStructure(COLLEGE_UAI, "Collège Victor Hugo", StructureType.COLLEGE);
        Map<String, ClassId> ecoleClasses = classes(ecole, "CP", "CE1", "CM2");
        Map<String, ClassId> collegeClasses = classes(college, "6A", "6B", "5A", "3B");

        PersonId admin = directory.createPerson("Nadia", "Rousseau");
        directory.grantFunction(admin, AdminFunction.CENTRAL_ADMIN, null);
        accounts.openWithHash(admin, "admin.region", hash);

        PersonId principal = named("Anne", "Bernard", Profile.PERSONNEL, college, hash);
        directory.grantFunction(principal, AdminFunction.LOCAL_ADMIN, college);
        PersonId head = named("Marc", "Petit", Profile.PERSONNEL, ecole, hash);
        directory.grantFunction(head, AdminFunction.LOCAL_ADMIN, ecole);

        var teachers = new DemoTeachers(directory, accounts, college, collegeClasses, ecole, ecoleClasses);
        PersonId paul = named("Paul", "Martin", Profile.TEACHER, college, hash);
        teachers.collegeTeacher(paul, "MATHS", "Mathématiques", "6A", "5A");
        PersonId claire = named("Claire", "Leroy", Profile.TEACHER, ecole, hash);
        teachers.primaryTeacher(claire, "CE1");
        teachers.seedOthers();
        staff(college, "Olivier", "Chevalier");
        staff(college, "Valérie", "Blanc");
        staff(ecole, "Hélène", "Garnier");

        var durands = new Family("Durand", new ArrayList<>());
        durands.parents().add(named("Sophie", "Durand", Profile.RELATIVE, college, hash));
        PersonId father = directory.createPerson("Nicolas", "Durand", Profile.RELATIVE, college);
        accounts.openGenerated(father, "Nicolas", "Durand");
        durands.parents().add(father);
        durands.parents().forEach(p -> directory.addProfile(p, ecole, Profile.RELATIVE));
        PersonId lucas = named("Lucas", "Durand", Profile.STUDENT, college, hash);
        pupil(lucas, collegeClasses.get("6A"), durands);
        pupil(named("Emma", "Durand", Profile.STUDENT, ecole, hash), ecoleClasses.get("CE1"), durands);

        List<Family> collegeFamilies = new ArrayList<>();
        collegeClasses.forEach((name, id) -> fillClass(college, id, name.equals("6A") ? 1 : 0, names,
                collegeFamilies, List.of()));
        ecoleClasses.forEach((name, id) -> fillClass(ecole, id, name.equals("CE1") ? 1 : 0, names,
                new ArrayList<>(), collegeFamilies));
        new DemoDiary(diary, directory, clock).seed(paul, collegeClasses.get("6A"), claire, ecoleClasses.get("CE1"));
        messages.seed(new DemoMessages.Cast(paul, lucas, claire, collegeClasses.get("6A"), ecoleClasses.get("CE1")));
    }

    private Map<String, ClassId> classes(StructureId structure, String... names) {
        Map<String, ClassId> classes = new LinkedHashMap<>();
        for (String name : names) {
            classes.put(name, directory.createClass(structure, name, name));
        }
        return classes;
    }

    private PersonId named(String first, String last, Profile profile, StructureId structure, String hash) {
        PersonId id = directory.createPerson(first, last, profile, structure);
        accounts.openWithHash(id, first + "." + last, hash);
        return id;
    }

    private void staff(StructureId structure, String first, String last) {
        PersonId id = directory.createPerson(first, last, Profile.PERSONNEL, structure);
        accounts.openGenerated(id, first, last);
    }

    /** A family: a last name and one or two parents. */
    record Family(String lastName, List<PersonId> parents) {
    }

    /**
     * Fills a class up to 25 pupils; in the école, some pupils are younger siblings of
     * collège pupils, so that their parents belong to both schools.
     */
    private void fillClass(StructureId structure, ClassId classId, int alreadyThere, DemoNames names,
            List<Family> families, List<Family> siblingsFrom) {
        for (int i = alreadyThere; i < PUPILS_PER_CLASS; i++) {
            Family family = !siblingsFrom.isEmpty() && names.chance(15)
                    ? siblingsFrom.remove(siblingsFrom.size() - 1)
                    : newFamily(names);
            family.parents().forEach(p -> directory.addProfile(p, structure, Profile.RELATIVE));
            if (family.parents().isEmpty()) {
                newParents(family, structure, names);
            }
            boolean girl = names.chance(50);
            String first = names.child(girl);
            PersonId child = directory.createPerson(first, family.lastName(), Profile.STUDENT, structure);
            accounts.openGenerated(child, first, family.lastName());
            pupil(child, classId, family);
            families.add(family);
        }
    }

    private Family newFamily(DemoNames names) {
        return new Family(names.lastName(), new ArrayList<>());
    }

    private void newParents(Family family, StructureId structure, DemoNames names) {
        int count = names.chance(80) ? 2 : 1;
        for (int i = 0; i < count; i++) {
            String first = names.adult(i == 0);
            PersonId parent = directory.createPerson(first, family.lastName(), Profile.RELATIVE, structure);
            accounts.openGenerated(parent, first, family.lastName());
            family.parents().add(parent);
        }
    }

    private void pupil(PersonId child, ClassId classId, Family family) {
        directory.addToClass(child, classId);
        family.parents().forEach(parent -> directory.linkFamily(parent, child, true));
    }
}
