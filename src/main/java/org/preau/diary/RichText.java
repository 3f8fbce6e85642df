package org.preau.diary;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

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

    /** An address in plain text; what ends a sentence after it is not part of it. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]»']+$");
    private static final Pattern PERCENT = Pattern.compile("(%[0-9A-Fa-f]{2})+");
    /** What plain text becomes: paragraphs, line breaks and links, nothing else. */
    private static final Pattern PLAIN_HTML = Pattern.compile(
            "(?:[^<]|<p>|</p>|<br\\s*/?>|<a href=\"[^\"]*\" rel=\"[a-z ]*\">|</a>)*");

    /** Safe HTML for the page: plain text keeps its paragraphs and lines, and its addresses become links. */
    static String sanitize(String input) {
        String text = input.strip();
        if (text.isEmpty()) {
            return "";
        }
        if (!text.contains("<")) {
            StringBuilder html = new StringBuilder("<p>");
            String[] paragraphs = text.replace("\r\n", "\n").replace('\r', '\n').split("\n{2,}");
            for (int i = 0; i < paragraphs.length; i++) {
                html.append(i == 0 ? "" : "</p><p>").append(linked(paragraphs[i]).replace("\n", "<br>"));
            }
            return POLICY.sanitize(html.append("</p>").toString());
        }
        return POLICY.sanitize(text);
    }

    /** Plain text escaped, its http(s) addresses as links showing the address as people read it. */
    private static String linked(String text) {
        StringBuilder out = new StringBuilder();
        Matcher urls = URL.matcher(text);
        int last = 0;
        while (urls.find()) {
            String url = urls.group();
            Matcher trailing = TRAILING.matcher(url);
            if (trailing.find()) {
                url = url.substring(0, trailing.start());
            }
            Optional<String> href = link(url);
            if (href.isEmpty()) {
                continue;
            }
            out.append(escape(text.substring(last, urls.start())));
            out.append("<a href=\"").append(escape(ascii(href.get()))).append("\">").append(escape(display(url)))
                    .append("</a>");
            last = urls.start() + url.length();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    /**
     * An address as people read it: percent-escapes of UTF-8 decoded ({@code R%C3%A9volution} reads
     * {@code Révolution}); the link itself keeps its escapes.
     */
    static String display(String url) {
        Matcher escapes = PERCENT.matcher(url);
        StringBuilder out = new StringBuilder();
        while (escapes.find()) {
            String run = escapes.group();
            byte[] bytes = new byte[run.length() / 3];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(run.substring(3 * i + 1, 3 * i + 3), 16);
            }
            String decoded = decodeStrict(bytes);
            // reserved characters (/ ? # & = % and spaces) keep their escapes: the text still reads as the address
            boolean keep = decoded == null || decoded.chars().anyMatch(c -> c < 0x80 && !Character.isLetterOrDigit(c)
                    && "-._~".indexOf(c) < 0);
            escapes.appendReplacement(out, Matcher.quoteReplacement(keep ? run : decoded));
        }
        return escapes.appendTail(out).toString();
    }

    private static @Nullable String decodeStrict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String ascii(String url) {
        try {
            return new URI(url).toASCIIString();
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /**
     * What the teacher typed, for the form: text made by {@link #sanitize} from plain text goes back
     * to plain text (lines and addresses, no tags); real rich text stays as it is.
     */
    static String editable(String html) {
        if (!PLAIN_HTML.matcher(html).matches()) {
            return html;
        }
        String text = html.replaceAll("(?i)</p>\\s*<p>", "\n\n").replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("<[^>]*>", "");
        return unescape(text);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }

    private static String unescape(String text) {
        Matcher entities = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (entities.find()) {
            String e = entities.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> {
                    int code = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(code) ? Character.toString(code) : "";
                }
            };
            entities.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        return entities.appendTail(out).toString();
    }

    /** The text of sanitized HTML, one line per paragraph or break, still HTML-escaped (for the PDF). */
    static List<String> lines(String html) {
        String breaks = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</tr>|</h\\d>", "\n");
        return breaks.lines().map(line -> TEXT_ONLY.sanitize(line).strip()).filter(line -> !line.isEmpty()).toList();
    }

    /** The plain text of sanitized HTML, one line per paragraph or break (a moderator's evidence). */
    static String plain(String html) {
        return unescape(String.join("\n", lines(html)));
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
