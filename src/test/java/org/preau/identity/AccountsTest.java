package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.preau.directory.Directory;
import org.preau.directory.Profile;
import org.preau.directory.StructureType;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Accounts on the embedded database. */
@PreauSpringTest
class AccountsTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Directory directory;

    @Test
    void generatedLoginsAreUniqueAcrossTheTerritory() {
        var school = directory.createStructure("0939901Z", "École des Essais", StructureType.ECOLE);
        var first = directory.createPerson("Zoé", "Ébrard", Profile.STUDENT, school);
        var second = directory.createPerson("Zoe", "Ebrard", Profile.STUDENT, school);
        var third = directory.createPerson("ZOÉ", "EBRARD", Profile.RELATIVE, school);
        assertThat(accounts.openGenerated(first, "Zoé", "Ébrard")).isEqualTo("zoe.ebrard");
        assertThat(accounts.openGenerated(second, "Zoe", "Ebrard")).isEqualTo("zoe.ebrard2");
        assertThat(accounts.openGenerated(third, "ZOÉ", "EBRARD")).isEqualTo("zoe.ebrard3");
        assertThat(accounts.loginOf(second)).contains("zoe.ebrard2");
    }

    @Test
    void bulkOpeningGeneratesTheSameUniqueLogins() {
        var school = directory.createStructure("0939903Z", "École en Nombre", StructureType.ECOLE);
        var a = directory.createPerson("Inès", "Lefèvre", Profile.STUDENT, school);
        var b = directory.createPerson("Ines", "Lefevre", Profile.STUDENT, school);
        var c = directory.createPerson("Paul", "Martin", Profile.STUDENT, school);
        int opened = accounts.openGenerated(java.util.List.of(new Accounts.NewAccount(a, "Inès", "Lefèvre"),
                new Accounts.NewAccount(b, "Ines", "Lefevre"), new Accounts.NewAccount(c, "Paul", "Martin")));
        assertThat(opened).isEqualTo(3);
        assertThat(accounts.loginOf(a)).contains("ines.lefevre");
        assertThat(accounts.loginOf(b)).contains("ines.lefevre2");
        assertThat(accounts.loginOf(c)).as("paul.martin is the demo teacher's").contains("paul.martin2");
        assertThat(accounts.openGenerated(java.util.List.of(new Accounts.NewAccount(a, "Inès", "Lefèvre"))))
                .as("an account is opened once").isZero();
    }

    @Test
    void blankOrOverlongLoginsAreRefused() {
        var school = directory.createStructure("0939902Z", "École des Refus", StructureType.ECOLE);
        var person = directory.createPerson("Léo", "Refus", Profile.STUDENT, school);
        assertThatThrownBy(() -> accounts.open(person, "  ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.open(person, "x".repeat(65), null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.loginOf(person)).isEmpty();
    }
}
