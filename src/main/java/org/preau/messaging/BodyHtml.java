package org.preau.messaging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Message bodies are stored as HTML that passed this policy: basic formatting, lists, quotes
 * and links (http, https, mailto; {@code rel="nofollow noopener noreferrer"}); no script, no
 * style, no image, no form. Plain text is escaped and its lines kept.
 */
final class BodyHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "div", "b", "strong", "i", "em", "u", "s", "ul", "ol", "li", "blockquote", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</li>");
    private static final Pattern BLOCKS = Pattern.compile("(?i)</(p|div|blockquote|ul|ol)>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern LINES = Pattern.compile("\\n\\s*\\n+");

    private BodyHtml() {
    }

    /** What of {@code html} may be shown: the policy above. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** Plain text as HTML: escaped, one paragraph per blank-line block, line breaks kept. */
    static String fromText(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.replace("\r\n", "\n").strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br />")).append("</p>");
            }
        }
        return html.toString();
    }

    /** The text of sanitized HTML: for search, previews and the plain editor. */
    static String toText(String html) {
        String text = TAGS.matcher(BLOCKS.matcher(BREAKS.matcher(html).replaceAll("\n")).replaceAll("\n\n"))
                .replaceAll("");
        Matcher entities = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entities.find()) {
            entities.appendReplacement(out, Matcher.quoteReplacement(unescape(entities.group(1))));
        }
        entities.appendTail(out);
        return LINES.matcher(SPACES.matcher(out.toString()).replaceAll(" ")).replaceAll("\n\n").strip();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;")
                .replace("'", "&#39;");
    }

    private static String unescape(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1));
                yield Character.isValidCodePoint(code) ? Character.toString(code) : "";
            }
        };
    }
}
