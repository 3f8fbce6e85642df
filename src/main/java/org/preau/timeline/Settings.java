package org.preau.timeline;

import java.util.List;
import java.util.Map;

import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.PersonId;
import org.preau.platform.notification.Frequency;
import org.preau.platform.notification.NotificationType;
import org.preau.timeline.NotificationSettingsController.Line;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves a person's choices per notification type. */
@Service
@Transactional(readOnly = true)
class Settings {

    private final PreferencesRepository preferences;
    private final NotificationTypes types;
    private final QuietHours quietHours;
    private final Directory directory;

    Settings(PreferencesRepository preferences, NotificationTypes types, QuietHours quietHours, Directory directory) {
        this.preferences = preferences;
        this.types = types;
        this.quietHours = quietHours;
        this.directory = directory;
    }

    List<Line> lines(PersonId person) {
        return types.all().stream().map(type -> new Line(type.key(), type.labelKey(),
                preferences.choices(type, List.of(person)).get(person))).toList();
    }

    /** Saves the {@code feed.<type>} and {@code mail.<type>} fields of the form; unknown values are ignored. */
    @Transactional
    void save(PersonId person, Map<String, String> form) {
        for (NotificationType type : types.all()) {
            Choice current = preferences.choices(type, List.of(person)).get(person);
            Frequency feed = frequency(form.get("feed." + type.key()), current.feed());
            Frequency mail = frequency(form.get("mail." + type.key()), current.mail());
            Choice chosen = new Choice(feed, mail);
            if (chosen.equals(preferences.fallback(type))) {
                preferences.forget(person, type.key()); // the defaults, which follow the admin's later changes
            } else {
                preferences.save(person, type.key(), chosen);
            }
        }
    }

    /** Unsubscribes from the mails of one type (the signed link of a digest). */
    @Transactional
    void stopMail(PersonId person, String type) {
        types.find(type).ifPresent(t -> {
            Choice current = preferences.choices(t, List.of(person)).get(person);
            preferences.save(person, t.key(), new Choice(current.feed(), Frequency.NEVER));
        });
    }

    /** The person's structures whose quiet hours bind them whatever they choose. */
    List<StructureRef> enforcingStructures(PersonId person) {
        return directory.card(person).map(card -> card.structures().stream()
                .filter(s -> quietHours.enforced(s.id())).toList()).orElse(List.of());
    }

    private static Frequency frequency(String value, Frequency fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Frequency.valueOf(value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
