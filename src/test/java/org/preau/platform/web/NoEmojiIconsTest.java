package org.preau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Icons are inline SVG (platform/icons.html), never emoji or pictographs, which a computer
 * without an emoji font shows as □: none in the templates, the messages, the style sheet (as
 * {@code content: "\1F514"}) or the scripts.
 */
class NoEmojiIconsTest {

    /** Pictographs, emoji, dingbats and symbols (arrows and typography stay allowed). */
    private static final Pattern PICTOGRAPH = Pattern.compile("[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B00}-\\x{2BFF}\\x{FE0F}]");
    /** The same written as a CSS escape. */
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(1F[0-9A-Fa-f]{3}|2[67B][0-9A-Fa-f]{2})");

    @Test
    void noPictographIsUsedAsAnIcon() throws IOException {
        List<String> found = new ArrayList<>();
        for (String folder : List.of("src/main/resources/templates", "src/main/resources/i18n", "src/main/resources/static/css",
                "src/main/resources/static/js")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (PICTOGRAPH.matcher(lines.get(i)).find() || CSS_ESCAPE.matcher(lines.get(i)).find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("emoji or pictographs used as icons").isEmpty();
    }
}
