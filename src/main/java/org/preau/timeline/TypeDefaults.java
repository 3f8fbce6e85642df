package org.preau.timeline;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.platform.notification.Frequency;
import org.preau.platform.notification.NotificationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The central admin's default frequencies per notification type, for people who chose nothing
 * (a person's own choice wins; with no admin default, the type's declared one applies).
 */
@Service
@Transactional(readOnly = true)
class TypeDefaults {

    /** One line of the defaults page: the type, its declared default and the admin's, if any. */
    record Line(String type, String labelKey, Choice declared, @Nullable Choice admin) {
    }

    private final PreferencesRepository preferences;
    private final NotificationTypes types;

    TypeDefaults(PreferencesRepository preferences, NotificationTypes types) {
        this.preferences = preferences;
        this.types = types;
    }

    List<Line> lines() {
        return types.all().stream().map(t -> new Line(t.key(), t.labelKey(), PreferencesRepository.declared(t),
                preferences.adminDefault(t.key()).orElse(null))).toList();
    }

    /**
     * Saves the {@code feed.<type>} and {@code mail.<type>} fields: a frequency, or empty for the
     * type's declared default; a type left with both declared has no admin default any more.
     */
    @Transactional
    void save(Map<String, String> form) {
        for (NotificationType type : types.all()) {
            Choice declared = PreferencesRepository.declared(type);
            Frequency feed = frequency(form.get("feed." + type.key()), declared.feed());
            Frequency mail = frequency(form.get("mail." + type.key()), declared.mail());
            Choice chosen = new Choice(feed, mail);
            if (chosen.equals(declared)) {
                preferences.forgetDefault(type.key());
            } else {
                preferences.saveDefault(type.key(), chosen);
            }
        }
    }

    private static Frequency frequency(@Nullable String value, Frequency declared) {
        if (value == null || value.isBlank()) {
            return declared;
        }
        try {
            return Frequency.valueOf(value);
        } catch (IllegalArgumentException e) {
            return declared;
        }
    }
}
