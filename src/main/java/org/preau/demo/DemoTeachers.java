package org.preau.demo;

import java.util.Map;

import org.preau.directory.Directory;
import org.preau.directory.Profile;
import org.preau.identity.Accounts;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;

/** The teachers of the demo territory and what they teach where. */
final class DemoTeachers {

    private static final String[] ALL_COLLEGE = { "6A", "6B", "5A", "3B" };

    private final Directory directory;
    private final Accounts accounts;
    private final StructureId college;
    private final Map<String, ClassId> collegeClasses;
    private final StructureId ecole;
    private final Map<String, ClassId> ecoleClasses;

    DemoTeachers(Directory directory, Accounts accounts, StructureId college, Map<String, ClassId> collegeClasses,
            StructureId ecole, Map<String, ClassId> ecoleClasses) {
        this.directory = directory;
        this.accounts = accounts;
        this.college = college;
        this.collegeClasses = collegeClasses;
        this.ecole = ecole;
        this.ecoleClasses = ecoleClasses;
    }

    void collegeTeacher(PersonId teacher, String subjectCode, String subjectLabel, String... classes) {
        for (String name : classes) {
            directory.assignTeaching(teacher, college, collegeClasses.get(name), subjectCode, subjectLabel);
        }
    }

    void primaryTeacher(PersonId teacher, String className) {
        directory.assignTeaching(teacher, ecole, ecoleClasses.get(className), "POLY", "Enseignement polyvalent");
    }

    /** The teachers who have no documented demo account. */
    void seedOthers() {
        primaryTeacher(teacher("Isabelle", "Moreau", ecole), "CP");
        primaryTeacher(teacher("Julien", "Roux", ecole), "CM2");
        collegeTeacher(teacher("Nathalie", "Girard", college), "FRANC", "Français", ALL_COLLEGE);
        collegeTeacher(teacher("Thomas", "Lambert", college), "MATHS", "Mathématiques", "6B", "3B");
        collegeTeacher(teacher("Céline", "Fontaine", college), "HIGEO", "Histoire-géographie", ALL_COLLEGE);
        collegeTeacher(teacher("Karim", "Benali", college), "ANGL", "Anglais", ALL_COLLEGE);
        collegeTeacher(teacher("Sarah", "Mercier", college), "SVT", "Sciences de la vie et de la Terre",
                ALL_COLLEGE);
        collegeTeacher(teacher("Hugo", "Faure", college), "EPS", "Éducation physique et sportive", ALL_COLLEGE);
    }

    private PersonId teacher(String first, String last, StructureId structure) {
        PersonId id = directory.createPerson(first, last, Profile.TEACHER, structure);
        accounts.openGenerated(id, first, last);
        return id;
    }
}
