package org.preau.feeding.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.feeding.csv.CsvParser.Row;

class CsvParserTest {

    @Test
    void splitsQuotedCellsWithEscapesSeparatorsAndLineBreaks() {
        String text = "\"Nom\";\"Adresse\";Classe\r\n\"O\"\"Brien\";\"1 rue; bis\r\nBâtiment B\";CM1\r\n\r\nDURAND;;\"CE2\"";
        List<Row> rows = CsvParser.parse(text, ';');
        assertThat(rows).extracting(Row::line).containsExactly(1, 2, 4, 5);
        assertThat(rows.get(1).cells()).containsExactly("O\"Brien", "1 rue; bis\r\nBâtiment B", "CM1");
        assertThat(rows.get(2).isBlank()).isTrue();
        assertThat(rows.get(3).cells()).containsExactly("DURAND", "", "CE2");
        assertThat(rows.get(3).cell(7)).isEmpty();
    }

    @Test
    void handlesLfAndCrLineEnds() {
        assertThat(CsvParser.parse("a,b\nc,d\re,f\n", ',')).extracting(Row::line, r -> r.cells().getFirst())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "a"), org.assertj.core.groups.Tuple.tuple(2, "c"),
                        org.assertj.core.groups.Tuple.tuple(3, "e"));
    }

    @Test
    void marksAnUnterminatedQuote() {
        List<Row> rows = CsvParser.parse("Nom;Prénom\n\"DURAND;Léa\nMARTIN;Paul\n", ';');
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).unterminated()).isTrue();
    }

    @Test
    void tellsAClosedQuoteAtTheEndFromAnOpenOne() {
        assertThat(CsvParser.parse("a;\"\"", ';').getLast()).extracting(Row::cells, Row::unterminated)
                .containsExactly(List.of("a", ""), false);
        assertThat(CsvParser.parse("a;\"", ';').getLast().unterminated()).isTrue();
        assertThat(CsvParser.parse("a;\"b\"\"\"", ';').getLast()).extracting(Row::cells, Row::unterminated)
                .containsExactly(List.of("a", "b\""), false);
        assertThat(CsvParser.parse("a;\"b\"x\n", ';').getLast()).extracting(Row::cells, Row::unterminated)
                .containsExactly(List.of("a", "bx"), false);
        assertThat(CsvParser.parse("a;b\"c;d\n", ';').getLast().cells()).containsExactly("a", "b\"c", "d");
    }

    @Test
    void detectsTheSeparatorFromTheHeader() {
        assertThat(CsvParser.separator("\"Nom\";\"Prénom, usuel\"\nA,B,C,D")).isEqualTo(';');
        assertThat(CsvParser.separator("Last name,First name,Class\n")).isEqualTo(',');
        assertThat(CsvParser.separator("Nom\tPrénom\tClasse")).isEqualTo('\t');
        assertThat(CsvParser.separator("Nom")).isEqualTo(';');
    }
}
