package org.preau.feeding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameCaseTest {

    @Test
    void capitalsBecomeNormalCaseAccentsAndCompoundsKept() {
        assertThat(NameCase.lastName("BOFFOCHER")).isEqualTo("Boffocher");
        assertThat(NameCase.lastName("BÉRANGER-ÉTIENNE")).isEqualTo("Béranger-Étienne");
        assertThat(NameCase.lastName("DE LA FONTAINE")).isEqualTo("de La Fontaine");
        assertThat(NameCase.lastName("D'ARTAGNAN")).isEqualTo("d'Artagnan");
        assertThat(NameCase.lastName("DES")).as("a particle alone is a name").isEqualTo("Des");
        assertThat(NameCase.firstName("JEAN-PIERRE")).isEqualTo("Jean-Pierre");
        assertThat(NameCase.firstName("ÉLOÏSE")).isEqualTo("Éloïse");
        assertThat(NameCase.firstName("anne marie")).isEqualTo("Anne Marie");
    }

    @Test
    void mixedCaseIsKept() {
        assertThat(NameCase.lastName("McDonald")).isEqualTo("McDonald");
        assertThat(NameCase.lastName("de La Fontaine")).isEqualTo("de La Fontaine");
        assertThat(NameCase.firstName("Kù")).isEqualTo("Kù");
        assertThat(NameCase.lastName("")).isEmpty();
    }
}
