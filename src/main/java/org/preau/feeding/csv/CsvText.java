package org.preau.feeding.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * The text of an uploaded CSV file, decoded: UTF-8 (a BOM is dropped) when it is strictly valid UTF-8,
 * UTF-16 with a BOM, otherwise an 8-bit charset: the one juniversalchardet finds when it is not of the
 * Latin-1 family (Cyrillic Windows-1251 or KOI8-R, Greek...), else Windows-1252 (which also reads
 * ISO-8859-1 text, and is what French spreadsheets write). Lines of valid UTF-8 that were double-encoded (UTF-8 read as Windows-1252 or Latin-1 and
 * written again as UTF-8: {@code PrÃ©nom}) are repaired when encoding them back to single bytes gives
 * valid UTF-8 with fewer {@code Ã}/{@code Â} sequences. Content with NUL or many control bytes is binary.
 */
record CsvText(String text, Charset charset, boolean repaired, boolean binary) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<Character, Byte> CP1252_HIGH = cp1252High();
    private static final Set<String> LATIN_1_OR_UNICODE = Set.of("US-ASCII", "ISO-8859-1", "WINDOWS-1252",
            "ISO-8859-15", "UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "X-ISO-10646-UCS-4-3412",
            "X-ISO-10646-UCS-4-2143");

    static CsvText decode(byte[] content) {
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            Charset utf16 = content[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new CsvText(new String(content, 2, content.length - 2, utf16), utf16, false, false);
        }
        if (isBinary(content)) {
            return new CsvText("", StandardCharsets.UTF_8, false, true);
        }
        int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        Optional<String> utf8 = strictUtf8(content, start, content.length - start);
        if (utf8.isEmpty()) {
            Charset charset = eightBit(content);
            return new CsvText(new String(content, charset), charset, false, false);
        }
        StringBuilder text = new StringBuilder(utf8.get().length());
        boolean repaired = false;
        for (String line : utf8.get().split("(?<=\n)")) {
            String fixed = line.indexOf('Ã') >= 0 || line.indexOf('Â') >= 0 ? undoDoubleEncoding(line) : line;
            repaired |= !fixed.equals(line);
            text.append(fixed);
        }
        return new CsvText(text.toString(), StandardCharsets.UTF_8, repaired, false);
    }

    /**
     * The detector's charset, unless it is one of Latin-1's family (read as Windows-1252), a Unicode one
     * (the content is not valid UTF-8, and UTF-16 needs its BOM here), unknown to Java, or not found.
     */
    private static Charset eightBit(byte[] content) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(content, 0, content.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || LATIN_1_OR_UNICODE.contains(name.toUpperCase(Locale.ROOT)) || !Charset.isSupported(name)) {
            return WINDOWS_1252;
        }
        return Charset.forName(name);
    }

    /** {@code line} repaired, or as it was when it does not look double-encoded. */
    static String undoDoubleEncoding(String line) {
        byte[] bytes = new byte[line.length()];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else if (CP1252_HIGH.containsKey(c)) {
                bytes[i] = CP1252_HIGH.get(c);
            } else {
                return line;
            }
        }
        return strictUtf8(bytes, 0, bytes.length)
                .filter(fixed -> mojibake(fixed) < mojibake(line))
                .orElse(line);
    }

    private static int mojibake(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            count += c == 'Ã' || c == 'Â' ? 1 : 0;
        }
        return count;
    }

    private static Optional<String> strictUtf8(byte[] bytes, int offset, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** NUL bytes, or more than 1 % of control bytes other than tab, CR, LF and form feed, in the first 8 KiB. */
    private static boolean isBinary(byte[] content) {
        int length = Math.min(content.length, 8192);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            controls += b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' ? 1 : 0;
        }
        return controls * 100 > Math.max(length, 1);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The characters Windows-1252 puts at 0x80-0x9F (€, ‰, Œ, quotes...) and their bytes. */
    private static Map<Character, Byte> cp1252High() {
        Map<Character, Byte> map = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            char c = new String(new byte[] {(byte) b}, WINDOWS_1252).charAt(0);
            if (c != '\uFFFD' && c > 0xFF) {
                map.put(c, (byte) b);
            }
        }
        return Map.copyOf(map);
    }
}
