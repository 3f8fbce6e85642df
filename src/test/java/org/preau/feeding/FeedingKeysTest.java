package org.preau.feeding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.preau.feeding.csv.ColumnMapping;

/** Every message key the feeding module uses has its text in the bundles (MessageBundlesTest checks fr/en/es agree). */
class FeedingKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(import\\.(?:error|warning)\\.[A-Za-z]+)\"");

    @Test
    void everyKeyUsedHasThreeTexts() throws IOException {
        Map<String, String[]> texts = keys();
        assertThat(texts.values()).allSatisfy(parts -> {
            assertThat(parts).hasSize(4);
            assertThat(parts).allSatisfy(part -> assertThat(part).isNotBlank());
        });
        assertThat(texts.keySet()).containsAll(usedKeys());
        assertThat(texts.keySet()).containsAll(Arrays.stream(ColumnMapping.Field.values())
                .map(f -> "import.field." + f.name()).toList());
    }

    private static Map<String, String[]> keys() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("src/main/resources/messages/feeding.properties"),
                StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("import."))
                    .map(l -> l.split("=", 2))
                    .collect(Collectors.toMap(parts -> parts[0].strip(), parts -> new String[] { parts[0], parts[1],
                            parts[1], parts[1] }, (a, b) -> a));
        }
    }

    private static Set<String> usedKeys() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/preau/feeding"))) {
            return sources.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher matcher = KEY.matcher(Files.readString(p));
                    return matcher.results().map(r -> r.group(1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
    }
}
