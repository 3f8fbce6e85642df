package org.preau.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.preau.platform.web.ApplicationAction;
import org.springframework.stereotype.Component;

/** Every action the applications declare ({@link ApplicationAction} beans), checked for duplicates. */
@Component
class ActionsCatalog {

    private final Map<String, ApplicationAction> actions;
    private final List<ApplicationAction> ordered;

    ActionsCatalog(List<ApplicationAction> declared) {
        Map<String, ApplicationAction> byId = new LinkedHashMap<>();
        declared.stream().sorted(Comparator.comparing(ApplicationAction::applicationKey)
                        .thenComparing(ApplicationAction::id))
                .forEach(action -> {
                    if (byId.put(action.id(), action) != null) {
                        throw new IllegalStateException("Action declared twice: " + action.id());
                    }
                });
        this.actions = Map.copyOf(byId);
        this.ordered = List.copyOf(byId.values());
    }

    boolean exists(String id) {
        return actions.containsKey(id);
    }

    Set<String> ids() {
        return actions.keySet();
    }

    /** All actions, by application then id. */
    List<ApplicationAction> all() {
        return ordered;
    }

    /** The actions grouped by the label key of their application, in a stable order. */
    Map<String, List<ApplicationAction>> byApplication() {
        return ordered.stream().collect(Collectors.groupingBy(ApplicationAction::applicationKey, LinkedHashMap::new,
                Collectors.toCollection(ArrayList::new)));
    }
}
