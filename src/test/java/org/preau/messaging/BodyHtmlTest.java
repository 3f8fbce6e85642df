package org.preau.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The body policy and the attachment policy, without the application. */
class BodyHtmlTest {

    @Test
    void keepsFormattingAndDropsEverythingActive() {
        String html = BodyHtml.sanitize("<p><b>a</b><em>b</em><u>c</u></p><ul><li>d</li></ul><blockquote>e</blockquote>"
                + "<script>x</script><style>p{}</style><p style=\"x\" class=\"y\" onmouseover=\"z\">f</p>"
                + "<form><input></form><svg onload=\"x\"></svg><a href=\"http://x.org\">g</a><a href=\"data:text/html,x\">h</a>");
        assertThat(html).contains("<b>a</b>", "<em>b</em>", "<u>c</u>", "<li>d</li>", "<blockquote>e</blockquote>",
                "<p>f</p>", "nofollow", "noopener")
                .doesNotContain("script", "style", "class", "onmouseover", "form", "input", "svg", "onload", "data:");
    }

    @Test
    void textBecomesEscapedParagraphsAndComesBack() {
        String html = BodyHtml.fromText("Bonjour <tous> & \"vous\"\nligne\n\nfin");
        assertThat(html).isEqualTo("<p>Bonjour &lt;tous&gt; &amp; &#34;vous&#34;<br />ligne</p><p>fin</p>");
        assertThat(BodyHtml.toText(BodyHtml.sanitize(html))).isEqualTo("Bonjour <tous> & \"vous\"\nligne\n\nfin");
        assertThat(BodyHtml.toText("<p>1 &#43; 1 &#61; 2 &#99999999;</p>")).isEqualTo("1 + 1 = 2 &#99999999;");
    }

    @Test
    void programsAreKnownByNameAndFirstBytes() {
        assertThat(AttachmentPolicy.forbiddenName("Photo.EXE")).isTrue();
        assertThat(AttachmentPolicy.forbiddenName("script.ps1 ")).isTrue();
        assertThat(AttachmentPolicy.forbiddenName("cours.pdf")).isFalse();
        assertThat(AttachmentPolicy.forbiddenName("README")).isFalse();
        assertThat(AttachmentPolicy.executable(new byte[] { (byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE })).isTrue();
        assertThat(AttachmentPolicy.executable("%PDF".getBytes())).isFalse();
        assertThat(AttachmentPolicy.executable(new byte[] { 'M' })).isFalse();
        assertThat(AttachmentPolicy.cleanName("C:\\Users\\moi\\devoir.odt")).isEqualTo("devoir.odt");
        assertThat(AttachmentPolicy.cleanName("../../x\u0000.txt")).isEqualTo("x.txt");
    }
}
