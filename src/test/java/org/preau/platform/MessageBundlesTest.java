package org.preau.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The French, English and Spanish bundles hold the same keys, none empty. */
class MessageBundlesTest {

    /** A choice format and its branches. */
    private static final Pattern CHOICE = Pattern.compile("\\{\\d+,choice,(.*)}");

    @ParameterizedTest
    @ValueSource(strings = { "en", "es" })
    void translationHasExactlyTheFrenchKeys(String language) throws IOException {
        Properties french = load("i18n/messages.properties");
        Properties other = load("i18n/messages_" + language + ".properties");
        assertThat(keys(other)).isEqualTo(keys(french));
        other.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        french.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    /** A message with arguments goes through MessageFormat, where a lone apostrophe swallows text. */
    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_en.properties", "messages_es.properties" })
    void apostrophesAreDoubledInMessagesWithArguments(String file) throws IOException {
        Properties bundle = load("i18n/" + file);
        bundle.forEach((key, value) -> {
            String text = value.toString();
            if (text.matches("(?s).*\\{\\d.*")) {
                assertThat(text.replace("''", "")).as(key.toString()).doesNotContain("'");
            } else {
                assertThat(text).as(key + " has no argument, so it is shown as written").doesNotContain("''");
            }
        });
    }

    /**
     * MessageFormat formats a choice branch that holds an argument a second time, which eats
     * one more level of apostrophes: there they are written four times.
     */
    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_en.properties", "messages_es.properties" })
    void apostrophesAreQuadrupledInChoiceBranchesWithArguments(String file) throws IOException {
        Properties bundle = load("i18n/" + file);
        bundle.forEach((key, value) -> {
            Matcher choice = CHOICE.matcher(value.toString());
            while (choice.find()) {
                for (String branch : choice.group(1).split("\\|")) {
                    if (branch.contains("{")) {
                        assertThat(branch.replace("''''", "")).as(key + ": " + branch).doesNotContain("'");
                    }
                }
            }
        });
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
