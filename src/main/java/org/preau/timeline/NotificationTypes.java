package org.preau.timeline;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.platform.notification.NotificationType;
import org.springframework.stereotype.Component;

/** The notification types the applications declared, by key. */
@Component
class NotificationTypes {

    private final Map<String, NotificationType> types = new LinkedHashMap<>();

    NotificationTypes(List<NotificationType> declared) {
        declared.stream().sorted(Comparator.comparing(NotificationType::key)).forEach(type -> {
            if (types.putIfAbsent(type.key(), type) != null) {
                throw new IllegalStateException("Notification type declared twice: " + type.key());
            }
        });
    }

    Optional<NotificationType> find(String key) {
        return Optional.ofNullable(types.get(key));
    }

    NotificationType get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("Unknown notification type: " + key));
    }

    List<NotificationType> all() {
        return List.copyOf(types.values());
    }
}
