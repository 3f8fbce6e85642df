package org.preau.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.SyncModel.Change;
import org.preau.directory.SyncModel.CreatedPerson;
import org.preau.directory.SyncModel.SyncBatch;
import org.preau.directory.SyncModel.SyncPerson;
import org.preau.directory.SyncPlanner.Existing;
import org.preau.directory.SyncPlanner.Plan;
import org.preau.directory.SyncPlanner.PlannedPerson;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;

/** Writes one planned batch, a group of people (one structure) at a time. */
final class SyncWriter {

    private final SyncBatch batch;
    private final Map<String, Existing> existing;
    private final Map<String, StructureId> structures;
    private final SyncReferenceRepository references;
    private final SyncPersonRepository persons;
    private final Instant now;
    private final Map<String, PersonId> ids = new HashMap<>();
    private final Map<String, PlannedPerson> planned = new HashMap<>();
    private Map<String, ClassId> classes = Map.of();
    private Map<String, UUID> subjects = Map.of();
    private Map<String, UUID> groups = Map.of();

    SyncWriter(SyncBatch batch, Plan plan, Map<String, Existing> existing, Map<String, StructureId> structures,
            SyncReferenceRepository references, SyncPersonRepository persons, Instant now) {
        this.batch = batch;
        this.existing = existing;
        this.structures = structures;
        this.references = references;
        this.persons = persons;
        this.now = now;
        existing.forEach((ext, e) -> ids.put(ext, e.id()));
        for (PlannedPerson p : plan.persons()) {
            planned.put(p.person().externalId(), p);
            ids.computeIfAbsent(p.person().externalId(), k -> new PersonId(UUID.randomUUID()));
        }
    }

    /** Creates the classes, subjects and teaching groups the batch mentions. */
    void prepareReferences() {
        Map<String, StructureId> wantedClasses = new HashMap<>();
        Map<String, StructureId> wantedSubjects = new HashMap<>();
        Map<String, StructureId> wantedGroups = new HashMap<>();
        for (PlannedPerson p : planned.values()) {
            if (p.change() == Change.UNCHANGED) {
                continue;
            }
            p.person().classes().forEach(c -> want(wantedClasses, c.structureExternalId(), c.className()));
            p.person().teachings().forEach(t -> {
                want(wantedClasses, t.structureExternalId(), t.className());
                want(wantedSubjects, t.structureExternalId(), t.subjectCode());
            });
            p.person().groups().forEach(g -> {
                want(wantedGroups, g.structureExternalId(), g.groupName());
                want(wantedSubjects, g.structureExternalId(), g.subjectCode());
            });
        }
        Map<String, String> labels = new HashMap<>();
        batch.subjects().forEach(s -> labels.put(s.code(), s.label()));
        classes = references.ensureClasses(wantedClasses);
        subjects = references.ensureSubjects(wantedSubjects, labels, batch.source());
        groups = wantedGroups.isEmpty() ? Map.of() : references.ensureGroups(wantedGroups, batch.source());
    }

    private void want(Map<String, StructureId> wanted, String structureExternalId, @Nullable String name) {
        StructureId structure = structures.get(structureExternalId);
        if (structure != null && name != null && !name.isBlank()) {
            wanted.put(SyncReferenceRepository.key(structure, name), structure);
        }
    }

    /** Writes one group's people and links; returns the people created. */
    List<CreatedPerson> applyGroup(List<PlannedPerson> group) {
        List<PlannedPerson> toInsert = new ArrayList<>();
        List<PlannedPerson> toUpdate = new ArrayList<>();
        Set<String> inserting = new HashSet<>();
        for (PlannedPerson p : group) {
            if (p.change() == Change.CREATED) {
                toInsert.add(p);
                inserting.add(p.person().externalId());
            } else if (p.change() == Change.UPDATED) {
                toUpdate.add(p);
            }
        }
        List<PlannedPerson> changed = new ArrayList<>(toInsert);
        changed.addAll(toUpdate);
        // New parents of this group's children are written with them, so that the links hold.
        for (PlannedPerson p : changed) {
            for (var relative : p.person().relatives()) {
                PlannedPerson parent = planned.get(relative.relativeExternalId());
                if (parent != null && parent.change() == Change.CREATED && inserting.add(parent.person().externalId())) {
                    toInsert.add(parent);
                }
            }
        }
        persons.insert(toInsert, ids, batch.source());
        persons.update(toUpdate, now);
        List<PersonId> changedIds = changed.stream().map(p -> ids.get(p.person().externalId())).toList();
        persons.clearLinks(changedIds);
        persons.clearGroupLinks(changedIds, true);
        writeLinks(changed);
        persons.clearGroupLinks(changedIds, false);
        writeFamilies(changed);
        return group.stream().filter(p -> p.change() == Change.CREATED)
                .map(p -> new CreatedPerson(ids.get(p.person().externalId()), p.person().firstName(), p.person().lastName()))
                .toList();
    }

    private void writeLinks(List<PlannedPerson> changed) {
        List<Object[]> profiles = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> teachings = new ArrayList<>();
        for (PlannedPerson p : changed) {
            SyncPerson person = p.person();
            UUID id = ids.get(person.externalId()).value();
            for (String s : p.structures()) {
                StructureId structure = structures.get(s);
                if (structure != null) {
                    profiles.add(new Object[] { id, structure.value(), person.profile().name() });
                }
            }
            person.classes().forEach(c -> classOf(c.structureExternalId(), c.className())
                    .ifPresent(classId -> members.add(new Object[] { classId.value(), id })));
            for (var t : person.teachings()) {
                var classId = classOf(t.structureExternalId(), t.className());
                StructureId structure = structures.get(t.structureExternalId());
                UUID subject = structure == null || t.subjectCode() == null ? null
                        : subjects.get(SyncReferenceRepository.key(structure, t.subjectCode()));
                if (classId.isPresent() && subject != null) {
                    teachings.add(new Object[] { id, classId.get().value(), subject });
                } else {
                    classId.ifPresent(c -> members.add(new Object[] { c.value(), id }));
                }
            }
        }
        persons.insertProfiles(profiles);
        persons.insertClassMembers(members);
        persons.insertTeachings(teachings);
        writeGroups(changed);
    }

    /** Memberships of the register's teaching groups, and the subjects teachers teach there. */
    private void writeGroups(List<PlannedPerson> changed) {
        List<Object[]> members = new ArrayList<>();
        List<Object[]> teachings = new ArrayList<>();
        for (PlannedPerson p : changed) {
            UUID id = ids.get(p.person().externalId()).value();
            for (var g : p.person().groups()) {
                StructureId structure = structures.get(g.structureExternalId());
                UUID group = structure == null ? null : groups.get(SyncReferenceRepository.key(structure, g.groupName()));
                UUID subject = structure == null || g.subjectCode() == null ? null
                        : subjects.get(SyncReferenceRepository.key(structure, g.subjectCode()));
                if (group != null && subject != null) {
                    teachings.add(new Object[] { id, group, subject });
                } else if (group != null && g.subjectCode() == null) {
                    members.add(new Object[] { group, id });
                }
            }
        }
        persons.insertGroupMembers(members);
        persons.insertGroupTeachings(teachings);
    }

    private void writeFamilies(List<PlannedPerson> changed) {
        List<PersonId> children = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (PlannedPerson p : changed) {
            if (p.person().profile() != Profile.STUDENT) {
                continue;
            }
            PersonId child = ids.get(p.person().externalId());
            children.add(child);
            for (var relative : p.person().relatives()) {
                PersonId parent = ids.get(relative.relativeExternalId());
                if (parent != null && (planned.containsKey(relative.relativeExternalId())
                        || existing.containsKey(relative.relativeExternalId()))) {
                    links.add(new Object[] { parent.value(), child.value(), relative.legalGuardian() });
                }
            }
        }
        persons.replaceFamilyLinks(children, links);
    }

    /** Links parents to children known by name; warns about the children it cannot find. */
    List<SyncModel.SyncWarning> applyChildLinks() {
        List<SyncModel.SyncWarning> warnings = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (var link : batch.childLinks()) {
            PersonId parent = ids.get(link.relativeExternalId());
            StructureId structure = structures.get(link.structureExternalId());
            var child = link.childExternalId() != null && ids.containsKey(link.childExternalId())
                    ? java.util.Optional.of(ids.get(link.childExternalId()))
                    : structure == null ? java.util.Optional.<PersonId>empty()
                    : persons.findPupil(structure, link.childLastName(), link.childFirstName(), link.childClassName());
            if (parent == null || child.isEmpty()) {
                warnings.add(new SyncModel.SyncWarning(link.relativeExternalId(), "import.warning.childNotFound",
                        List.of(link.childFirstName() + " " + link.childLastName())));
            } else {
                links.add(new Object[] { parent.value(), child.get().value(), link.legalGuardian() });
            }
        }
        persons.replaceFamilyLinks(List.of(), links);
        return warnings;
    }

    private java.util.Optional<ClassId> classOf(String structureExternalId, @Nullable String className) {
        StructureId structure = structures.get(structureExternalId);
        if (structure == null || className == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(classes.get(SyncReferenceRepository.key(structure, className)));
    }
}
