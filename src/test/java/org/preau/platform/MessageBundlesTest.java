package org.preau.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.preau.platform.web.MessageBundles;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each bundle (the platform's and every module's {@code messages/<module>}) holds the same keys in
 * French, English and Spanish, none empty, and a key lives in one bundle only.
 */
class MessageBundlesTest {

    /** The platform's own bundle; the modules' are found on the classpath. */
    private static final String PLATFORM = "i18n/messages";

    /** A choice format and its branches. */
    private static final Pattern CHOICE = Pattern.compile("\\{\\d+,choice,(.*)}");

    static List<String> bundles() {
        List<String> bundles = new ArrayList<>();
        bundles.add(PLATFORM);
        bundles.addAll(MessageBundles.basenames(new PathMatchingResourcePatternResolver()));
        return bundles;
    }

    static Stream<Arguments> translations() {
        return bundles().stream().flatMap(b -> Stream.of(Arguments.of(b, "en"), Arguments.of(b, "es")));
    }

    static Stream<String> files() {
        return bundles().stream().flatMap(b -> Stream.of(b + ".properties", b + "_en.properties", b + "_es.properties"));
    }

    @Test
    void theModulesBundlesAreFound() {
        assertThat(bundles()).contains(PLATFORM, "messages/diary", "messages/messaging", "messages/timeline",
                "messages/console", "messages/identity");
    }

    @Test
    void aKeyLivesInOneBundleOnly() throws IOException {
        Map<String, String> owners = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                String other = owners.putIfAbsent(key, bundle);
                if (other != null) {
                    twice.add(key + " in " + other + " and " + bundle);
                }
            }
        }
        assertThat(twice).as("keys defined in two bundles").isEmpty();
    }

    /** The platform adds the modules' bundles to the one configured by spring.messages, settings kept. */
    @Test
    void theMessageSourceHoldsThePlatformAndModulesTexts() {
        var source = new ResourceBundleMessageSource();
        source.setBasename(PLATFORM);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        var merged = (ResourceBundleMessageSource) MessageBundles.moduleMessageBundles()
                .postProcessBeforeInitialization(source, "messageSource");
        assertThat(merged.getMessage("app.name", null, Locale.FRENCH)).isEqualTo("Préau");
        assertThat(merged.getMessage("diary.title", null, Locale.FRENCH)).isEqualTo("Cahier de textes");
        assertThat(merged.getMessage("diary.title", null, Locale.ENGLISH)).isNotEqualTo("Cahier de textes");
        assertThat(merged.getMessage("app.messaging", null, Locale.forLanguageTag("es"))).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translationHasExactlyTheFrenchKeys(String bundle, String language) throws IOException {
        Properties french = load(bundle + ".properties");
        Properties other = load(bundle + "_" + language + ".properties");
        assertThat(keys(other)).isEqualTo(keys(french));
        other.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        french.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    /** A message with arguments goes through MessageFormat, where a lone apostrophe swallows text. */
    @ParameterizedTest
    @MethodSource("files")
    void apostrophesAreDoubledInMessagesWithArguments(String file) throws IOException {
        Properties bundle = load(file);
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
    @MethodSource("files")
    void apostrophesAreQuadrupledInChoiceBranchesWithArguments(String file) throws IOException {
        Properties bundle = load(file);
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
