package org.preau.feeding.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void repairsDoubleEncodedUtf8() {
        byte[] doubled = "PrÃ©nom ElÃ¨ve;Ã‰cole;NoÃ«l".getBytes(StandardCharsets.UTF_8);
        CsvText text = CsvText.decode(doubled);
        assertThat(text.text()).isEqualTo("Prénom Elève;École;Noël");
        assertThat(text.repaired()).isTrue();
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void leavesCleanUtf8AndGenuineCapitalATildeAlone() {
        CsvText text = CsvText.decode("Prénom;JOÃO;Ãlvaro".getBytes(StandardCharsets.UTF_8));
        assertThat(text.text()).isEqualTo("Prénom;JOÃO;Ãlvaro");
        assertThat(text.repaired()).isFalse();
    }

    @Test
    void repairsLineByLine() {
        CsvText text = CsvText.decode("PrÃ©nom\nJOÃO\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.text()).isEqualTo("Prénom\nJOÃO\n");
    }

    @Test
    void readsWindows1252AndDropsUtf8Bom() {
        assertThat(CsvText.decode("Prénom;Œuvre;€".getBytes(CsvText.WINDOWS_1252)))
                .extracting(CsvText::text, CsvText::charset).containsExactly("Prénom;Œuvre;€", CsvText.WINDOWS_1252);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'N', 'o', 'm'};
        assertThat(CsvText.decode(bom).text()).isEqualTo("Nom");
        byte[] utf16 = "\uFEFFNom;Prénom".getBytes(StandardCharsets.UTF_16LE);
        assertThat(CsvText.decode(utf16).text()).isEqualTo("Nom;Prénom");
    }

    @Test
    void findsCyrillicWindows1251WhereWindows1252WasAssumed() {
        java.nio.charset.Charset cp1251 = java.nio.charset.Charset.forName("windows-1251");
        String names = "Nom;Prénom;Classe\nИВАНОВ;Дмитрий;CM1\nПЕТРОВА;Анна;CE2\nСМИРНОВ;Олег;CP\n";
        CsvText text = CsvText.decode(names.getBytes(cp1251));
        assertThat(text.charset()).isEqualTo(cp1251);
        assertThat(text.text()).contains("ИВАНОВ;Дмитрий", "ПЕТРОВА;Анна");
    }

    @Test
    void keepsWindows1252ForShortFrenchTextsWithFewAccents() {
        for (String csv : List.of("Nom;Prénom\nDURAND;Léa\n", "Nom;Prenom;Ecole\nPETIT;Zoé;Jules Ferry\n",
                "Nom;Prénom;Ville\nWIŚNIEWSKI;Jérôme;Besançon\n".replace('Ś', 'S'), "Œuvre;€;ß\n")) {
            assertThat(CsvText.decode(csv.getBytes(CsvText.WINDOWS_1252)))
                    .extracting(CsvText::text, CsvText::charset).containsExactly(csv, CsvText.WINDOWS_1252);
        }
    }

    @Test
    void tellsBinaryContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(CsvText.decode(png).binary()).isTrue();
        assertThat(CsvText.decode(new byte[] {'P', 'K', 3, 4, 20, 6}).binary()).isTrue();
        assertThat(CsvText.decode("Nom;Prénom\r\n".getBytes(StandardCharsets.UTF_8)).binary()).isFalse();
    }
}
