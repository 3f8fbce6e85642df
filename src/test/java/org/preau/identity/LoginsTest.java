package org.preau.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;

import static org.assertj.core.api.Assertions.assertThat;

class LoginsTest {

    @Test
    void loginIsFirstNameDotLastNameWithoutAccentsOrSpaces() {
        assertThat(Logins.base("Éléa", "Le Goff")).isEqualTo("elea.legoff");
        assertThat(Logins.base("Jean-Marc", "Dupont")).isEqualTo("jean-marc.dupont");
        assertThat(Logins.base("Maëlle", "D'Arcy")).isEqualTo("maelle.darcy");
        assertThat(Logins.base("Chloé", "Lefèvre")).isEqualTo("chloe.lefevre");
    }

    @Test
    void loginsArePlainAsciiWhateverTheScriptOfTheName() {
        assertThat(Logins.base("Yıldız", "Çelik")).isEqualTo("yildiz.celik");
        assertThat(Logins.base("Łukasz", "Søren")).isEqualTo("lukasz.soren");
        assertThat(Logins.base("ｐａｕｌ", "Martin")).isEqualTo("paul.martin");
        assertThat(Logins.base("Дмитрий", "Иванов")).isEqualTo("x.x");
        assertThat(Logins.base("-Anne-", "Lee\u200b")).isEqualTo("anne.lee");
    }

    @Test
    void overlongNamesLeaveRoomForACollisionNumber() {
        String login = Logins.base("A".repeat(40), "B".repeat(40));
        assertThat(login.length()).isLessThanOrEqualTo(Accounts.MAX_LOGIN_LENGTH - 4);
    }

    @Test
    void principalKeepsIdsAndRolesAndForgetsThePasswordHash() {
        var user = new PreauUser(PersonId.of("00000000-0000-0000-0000-000000000001"), "emma.durand", "Emma Durand",
                Set.of("ROLE_STUDENT"), true, "{bcrypt}hash");
        assertThat(user.initials()).isEqualTo("ED");
        assertThat(user.hasRole("STUDENT")).isTrue();
        assertThat(user.hasRole("TEACHER")).isFalse();
        user.eraseCredentials();
        assertThat(user.getPassword()).isNull();
        assertThat(user.toString()).doesNotContain("Emma").doesNotContain("emma");
    }
}
