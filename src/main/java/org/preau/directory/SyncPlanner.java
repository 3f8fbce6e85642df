package org.preau.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.preau.directory.SyncModel.Change;
import org.preau.directory.SyncModel.Counts;
import org.preau.directory.SyncModel.SyncBatch;
import org.preau.directory.SyncModel.SyncPerson;
import org.preau.directory.SyncModel.SyncWarning;
import org.preau.platform.PersonId;

/**
 * Decides, without touching the database, what a batch changes: who is created, updated,
 * unchanged or removed. A person's state is summed up in a fingerprint of every attribute
 * the register owns, so that an unchanged person costs one string comparison.
 */
final class SyncPlanner {

    /** A person of the register already in the directory. */
    record Existing(PersonId id, String externalId, Profile profile, @Nullable String fingerprint, String state,
            Set<String> structureExternalIds, Set<String> structureUais) {

        /** Whether they belong to a structure of {@code scope}, named by external id or as {@code uai:} (CSV). */
        boolean in(Set<String> scope) {
            return structureExternalIds.stream().anyMatch(scope::contains)
                    || structureUais.stream().anyMatch(scope::contains);
        }
    }

    /** A person of the batch with the structures they end up in, and what happens to them. */
    record PlannedPerson(SyncPerson person, Set<String> structures, String fingerprint, Change change,
            @Nullable PersonId existingId) {
    }

    /** The decisions for a whole batch. */
    record Plan(List<PlannedPerson> persons, List<Existing> removed, Counts counts, List<SyncWarning> warnings) {
    }

    private SyncPlanner() {
    }

    static Plan plan(SyncBatch batch, Map<String, Existing> existing) {
        Map<String, Set<String>> relativeStructures = relativeStructures(batch);
        Set<String> linkedRelatives = new HashSet<>(relativeStructures.keySet());
        batch.childLinks().forEach(l -> linkedRelatives.add(l.relativeExternalId()));
        Counts counts = Counts.empty();
        List<PlannedPerson> planned = new ArrayList<>();
        List<Existing> removed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SyncPerson person : batch.persons()) {
            seen.add(person.externalId());
            Existing before = existing.get(person.externalId());
            if (person.delete()) {
                if (before != null && !"DETACHED".equals(before.state())) {
                    removed.add(before);
                    counts.add(before.profile(), Change.REMOVED);
                }
                continue;
            }
            if (person.profile() == Profile.RELATIVE && before == null && !linkedRelatives.contains(person.externalId())) {
                counts.add(Profile.RELATIVE, Change.HELD);
                continue;
            }
            Set<String> structures = new TreeSet<>(person.structureExternalIds());
            structures.addAll(relativeStructures.getOrDefault(person.externalId(), Set.of()));
            if (structures.isEmpty() && person.profile() == Profile.RELATIVE && before != null) {
                // a parent changed by a delta without their children: they stay where their children are
                structures.addAll(before.structureExternalIds());
            }
            String fingerprint = fingerprint(person, structures);
            Change change = before == null ? Change.CREATED
                    : fingerprint.equals(before.fingerprint()) && "ACTIVE".equals(before.state()) ? Change.UNCHANGED
                    : Change.UPDATED;
            counts.add(person.profile(), change);
            planned.add(new PlannedPerson(person, structures, fingerprint, change, before == null ? null : before.id()));
        }
        if (batch.full()) {
            Set<String> scope = scope(batch, planned);
            for (Existing e : existing.values()) {
                if (!seen.contains(e.externalId()) && "ACTIVE".equals(e.state())
                        && (batch.profiles().isEmpty() || batch.profiles().contains(e.profile()))
                        && e.in(scope)) {
                    removed.add(e);
                    counts.add(e.profile(), Change.REMOVED);
                }
            }
        }
        return new Plan(planned, removed, counts, warnings(batch, existing));
    }

    /** Parents belong to the structures of the children whose records name them. */
    private static Map<String, Set<String>> relativeStructures(SyncBatch batch) {
        Map<String, Set<String>> result = new HashMap<>();
        for (SyncPerson p : batch.persons()) {
            for (var relative : p.relatives()) {
                result.computeIfAbsent(relative.relativeExternalId(), k -> new TreeSet<>())
                        .addAll(p.structureExternalIds());
            }
        }
        return result;
    }

    private static Set<String> scope(SyncBatch batch, List<PlannedPerson> planned) {
        Set<String> scope = new HashSet<>();
        batch.structures().forEach(s -> scope.add(s.externalId()));
        planned.forEach(p -> scope.addAll(p.structures()));
        return scope;
    }

    private static List<SyncWarning> warnings(SyncBatch batch, Map<String, Existing> existing) {
        Set<String> inBatch = new HashSet<>();
        batch.persons().forEach(p -> inBatch.add(p.externalId()));
        List<SyncWarning> warnings = new ArrayList<>();
        for (SyncPerson p : batch.persons()) {
            if (p.delete() && !existing.containsKey(p.externalId())) {
                warnings.add(new SyncWarning(p.externalId(), "import.warning.deleteUnknown", List.of(p.externalId())));
            }
        }
        return warnings;
    }

    static String fingerprint(SyncPerson p, Set<String> structures) {
        var text = new StringBuilder()
                .append(p.profile()).append('|').append(p.firstName()).append('|').append(p.lastName()).append('|')
                .append(p.birthDate()).append('|').append(p.email()).append('|').append(p.mefCode()).append('|')
                .append(structures).append('|')
                .append(new TreeSet<>(p.classes().stream().map(c -> c.structureExternalId() + "$" + c.className()).toList()))
                .append('|')
                .append(new TreeSet<>(p.teachings().stream()
                        .map(t -> t.structureExternalId() + "$" + t.className() + "$" + t.subjectCode()).toList()))
                .append('|')
                .append(new TreeSet<>(p.relatives().stream().map(r -> r.relativeExternalId() + "$" + r.legalGuardian()).toList()))
                .append('|').append(new TreeSet<>(p.functions().stream().map(Enum::name).toList()));
        if (!p.groups().isEmpty()) { // appended only when there are groups: others keep their fingerprint
            text.append('|').append(new TreeSet<>(p.groups().stream()
                    .map(g -> g.structureExternalId() + "$" + g.groupName() + "$" + g.subjectCode()).toList()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
