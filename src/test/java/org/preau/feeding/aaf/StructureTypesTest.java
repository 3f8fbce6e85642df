package org.preau.feeding.aaf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructureTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "ECOLE|NOM|ECOLE", "CLG|X|COLLEGE", "LYC|X|LYCEE", "LP|X|LYCEE", "lycée professionnel|X|LYCEE",
        "151|X|ECOLE", "340|X|COLLEGE", "306|X|LYCEE", "SANS OBJET|Z.REMP-DIGNE-AIX_MARS.|OTHER",
        "SANS OBJET|CLG-JEAN MOULIN|COLLEGE", "null|LYC-VICTOR HUGO|LYCEE", "null|E.E.PU JULES FERRY|ECOLE",
        "null|Mairie|OTHER"})
    void mapsTheTypeOrTheNamePrefix(String type, String name, String expected) {
        assertThat(StructureTypes.of(type, name)).isEqualTo(expected);
    }
}
