package org.preau.feeding;

import java.util.List;
import java.util.Set;

import org.preau.directory.Profile;
import org.preau.directory.StructureType;
import org.preau.directory.SyncModel.ChildLink;
import org.preau.directory.SyncModel.ClassKey;
import org.preau.directory.SyncModel.GroupKey;
import org.preau.directory.SyncModel.RelativeKey;
import org.preau.directory.SyncModel.SyncBatch;
import org.preau.directory.SyncModel.SyncMef;
import org.preau.directory.SyncModel.SyncPerson;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.directory.SyncModel.SyncSubject;
import org.preau.directory.SyncModel.TeachingKey;
import org.preau.feeding.source.Operation;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourcePerson;

/** Turns what a register's files say into the directory's synchronisation terms. */
final class SourceToSync {

    private SourceToSync() {
    }

    static SyncBatch convert(SourceBatch source, String register, boolean full, Set<Profile> profiles,
            List<SyncStructure> extraStructures) {
        List<SyncStructure> structures = new java.util.ArrayList<>(extraStructures);
        source.structures().forEach(s -> structures.add(new SyncStructure(s.externalId(), s.uai(), s.name(),
                structureType(s.type()))));
        return new SyncBatch(register, full, profiles, structures,
                source.subjects().stream().map(s -> new SyncSubject(s.code(), s.label(), s.structureExternalId())).toList(),
                source.mefs().stream().map(m -> new SyncMef(m.code(), m.label())).toList(),
                source.persons().stream().map(SourceToSync::person).toList(),
                source.childLinks().stream().map(l -> new ChildLink(l.relativeExternalId(), l.childExternalId(),
                        NameCase.lastName(l.childLastName()), NameCase.firstName(l.childFirstName()),
                        l.childClassName(), l.legalGuardian(),
                        l.structureExternalId())).toList());
    }

    private static SyncPerson person(SourcePerson p) {
        return new SyncPerson(p.externalId(), Profile.valueOf(p.profile().name()), p.operation() == Operation.DELETE,
                NameCase.firstName(p.firstName()), NameCase.lastName(p.lastName()), p.birthDate(), p.email(), null,
                p.structureExternalIds(),
                p.classes().stream().map(c -> new ClassKey(c.structureExternalId(), c.className())).toList(),
                p.teachings().stream().map(t -> new TeachingKey(t.structureExternalId(), t.className(), t.subjectCode()))
                        .toList(),
                p.relatives().stream().map(r -> new RelativeKey(r.relativeExternalId(), r.legalGuardian())).toList(),
                Set.of(), p.groups().stream().map(g -> new GroupKey(g.structureExternalId(), g.groupName(),
                        g.subjectCode())).toList());
    }

    private static StructureType structureType(String type) {
        try {
            return StructureType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return StructureType.OTHER;
        }
    }
}
