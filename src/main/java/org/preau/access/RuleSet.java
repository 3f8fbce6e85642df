package org.preau.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.access.CommunicationDecision.Level;
import org.preau.platform.ClassId;
import org.preau.platform.StructureId;

/**
 * The templates in force for some structures and classes: a class override wins over its
 * structure's, which wins over the territory's default, unless that default is locked.
 */
final class RuleSet {

    /** A stored rule: a default (no structure), a structure's override or a class's. */
    record Row(@Nullable StructureId structure, @Nullable ClassId classId, CommunicationTemplate template,
            boolean allowed, boolean locked) {
    }

    private record Key(@Nullable StructureId structure, @Nullable ClassId classId, CommunicationTemplate template) {
    }

    private final Map<Key, Row> rows = new HashMap<>();

    RuleSet(Collection<Row> rows) {
        rows.forEach(r -> this.rows.put(new Key(r.structure(), r.classId(), r.template()), r));
    }

    boolean allows(CommunicationTemplate template, StructureId structure, @Nullable ClassId classId) {
        return decide(template, structure, classId).allowed();
    }

    CommunicationDecision decide(CommunicationTemplate template, @Nullable StructureId structure,
            @Nullable ClassId classId) {
        Row territory = rows.get(new Key(null, null, template));
        if (territory != null && territory.locked() || structure == null) {
            return new CommunicationDecision(territory != null && territory.allowed(), Level.TERRITORY,
                    territory != null && territory.locked());
        }
        Row row = classId == null ? null : rows.get(new Key(structure, classId, template));
        if (row != null) {
            return new CommunicationDecision(row.allowed(), Level.CLASS, false);
        }
        row = rows.get(new Key(structure, null, template));
        if (row != null) {
            return new CommunicationDecision(row.allowed(), Level.STRUCTURE, false);
        }
        return new CommunicationDecision(territory != null && territory.allowed(), Level.TERRITORY, false);
    }
}
