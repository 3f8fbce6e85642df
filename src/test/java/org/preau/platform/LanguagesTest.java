package org.preau.platform;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.preau.platform.web.Languages;
import org.preau.platform.web.LauncherEntry;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void closestSupportedLanguageIgnoresTheRegion() {
        assertThat(Languages.closest(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
        assertThat(Languages.closest(Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.closest(Locale.forLanguageTag("es-MX")).getLanguage()).isEqualTo("es");
    }

    @Test
    void unsupportedLanguagesFallBackToFrench() {
        assertThat(Languages.closest(Locale.GERMAN)).isEqualTo(Locale.FRENCH);
        assertThat(Languages.closest(Locale.JAPANESE)).isEqualTo(Locale.FRENCH);
    }

    @Test
    void launcherEntriesAreShownToWhoMayUseOneOfTheirActions() {
        var forAll = new LauncherEntry("home", "app.home", "/", "home", 0, List.of());
        var forAdmins = new LauncherEntry("console", "app.console", "/x", "code", 1,
                List.of("console.imports", "console.audit"));
        assertThat(forAll.visibleTo(Set.of())).isTrue();
        assertThat(forAdmins.visibleTo(Set.of("directory.search"))).isFalse();
        assertThat(forAdmins.visibleTo(Set.of("directory.search", "console.audit"))).isTrue();
    }
}
