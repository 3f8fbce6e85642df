package org.preau.diary;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text of sessions and homework, sanitized on the way in: paragraphs, emphasis, lists,
 * tables and http(s) links survive; scripts, styles, event handlers and everything else go.
 * Plain text (no tag at all) keeps its line breaks.
 */
final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .toFactory());
    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();

    private RichText() {
    }

    /** Safe HTML for the page. */
    static String sanitize(String input) {
        String text = input.strip();
        if (text.isEmpty()) {
            return "";
        }
        if (!text.contains("<")) {
            String escaped = TEXT_ONLY.sanitize(text);
            return "<p>" + escaped.replace("\r\n", "\n").replaceAll("\n{2,}", "</p><p>").replace("\n", "<br>") + "</p>";
        }
        return POLICY.sanitize(text);
    }

    /** The text of sanitized HTML, one line per paragraph or break, still HTML-escaped (for the PDF). */
    static List<String> lines(String html) {
        String breaks = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</tr>|</h\\d>", "\n");
        return breaks.lines().map(line -> TEXT_ONLY.sanitize(line).strip()).filter(line -> !line.isEmpty()).toList();
    }

    /** An http(s) address as typed, cleaned; empty when it is not one. */
    static Optional<String> link(String input) {
        String text = input.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && text.length() <= 2000) {
                return Optional.of(uri.toString());
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
