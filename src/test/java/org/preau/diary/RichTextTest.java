package org.preau.diary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Consignes typed as plain text: lines kept, addresses clickable and readable, the form gets the text back. */
class RichTextTest {

    private static final String TYPED = """
            Lire la page 12.
            Faire l'exercice 3 (a + b = c).

            Voir https://fr.wikipedia.org/wiki/R%C3%A9volution_fran%C3%A7aise, puis https://exemple.fr/fiche?a=1&b=2.""";

    @Test
    void plainTextKeepsItsLinesAndItsAddressesBecomeReadableLinks() {
        String html = RichText.sanitize(TYPED);
        assertThat(html).startsWith("<p>Lire la page 12.<br />Faire l")
                .contains("</p><p>Voir <a href=\"https://fr.wikipedia.org/wiki/R%C3%A9volution_fran%C3%A7aise\"")
                .contains(">https://fr.wikipedia.org/wiki/Révolution_française</a>, puis")
                .contains("<a href=\"https://exemple.fr/fiche?a&#61;1&amp;b&#61;2\"")
                .contains("</a>.</p>")
                .containsPattern("rel=\"[a-z ]*noopener[a-z ]*\"");
        assertThat(RichText.editable(html)).isEqualTo(TYPED.replace("R%C3%A9volution_fran%C3%A7aise",
                "Révolution_française"));
        assertThat(RichText.sanitize(RichText.editable(html))).as("saving the form again changes nothing")
                .isEqualTo(html);
    }

    @Test
    void addressesReadAsTypedButReservedEscapesStay() {
        assertThat(RichText.display("https://exemple.fr/%C3%A9t%C3%A9?q=a%20b%26c")).isEqualTo(
                "https://exemple.fr/été?q=a%20b%26c");
        assertThat(RichText.display("https://exemple.fr/%FF")).isEqualTo("https://exemple.fr/%FF");
    }

    @Test
    void richTextStaysRichInTheForm() {
        String html = RichText.sanitize("<p>Du <b>gras</b></p>");
        assertThat(RichText.editable(html)).isEqualTo(html);
    }
}
