package org.preau.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.preau.access.RolesRepository.RoleRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Roles' names in the reader's language: seeded roles are named in the message bundles until renamed. */
@Component
class RolesNames {

    private final MessageSource messages;
    private final RolesRepository roles;

    RolesNames(MessageSource messages, RolesRepository roles) {
        this.messages = messages;
        this.roles = roles;
    }

    Map<UUID, String> of(List<RoleRow> some, Locale locale) {
        Map<UUID, String> names = new LinkedHashMap<>();
        some.forEach(r -> names.put(r.id(), r.labelKey() == null ? r.name()
                : messages.getMessage(r.labelKey(), null, r.name(), locale)));
        return names;
    }

    /** Every role's name. */
    Map<UUID, String> all(Locale locale) {
        return of(roles.roles(), locale);
    }
}
