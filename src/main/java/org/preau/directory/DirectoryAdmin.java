package org.preau.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.directory.AdminViews.ClassLine;
import org.preau.directory.AdminViews.PeopleFilter;
import org.preau.directory.AdminViews.PeoplePage;
import org.preau.directory.AdminViews.PendingDeletion;
import org.preau.directory.AdminViews.PersonDetail;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as central and local admins manage it. Every method checks that the admin
 * administers the structure or person concerned; what they may not manage does not exist
 * for them (empty results, never another school's data).
 */
@Service
@Transactional(readOnly = true)
public class DirectoryAdmin {

    /** People per page of the console's lists. */
    public static final int PAGE_SIZE = 50;

    private final AdminRepository repository;
    private final DirectoryRepository directory;
    private final Directory facade;
    private final DuplicateRepository duplicates;
    private final org.springframework.context.ApplicationEventPublisher events;

    DirectoryAdmin(AdminRepository repository, DirectoryRepository directory, Directory facade,
            DuplicateRepository duplicates, org.springframework.context.ApplicationEventPublisher events) {
        this.repository = repository;
        this.directory = directory;
        this.facade = facade;
        this.duplicates = duplicates;
        this.events = events;
    }

    /** Records of one structure that may be the same person. */
    public List<AdminViews.Duplicate> duplicates(PreauUser admin, StructureId structure) {
        return administers(admin, structure) ? duplicates.inStructure(structure) : List.of();
    }

    /**
     * Merges {@code removed} into {@code kept} when they are a detected duplicate pair the
     * admin manages and may remove {@code removed} ({@link #mayActOn}: not a person another
     * school or a peer admin answers for); false otherwise.
     */
    @Transactional
    public boolean merge(PreauUser admin, StructureId structure, PersonId kept, PersonId removed) {
        boolean pair = duplicates(admin, structure).stream().anyMatch(d ->
                d.first().id().equals(kept) && d.second().id().equals(removed)
                        || d.first().id().equals(removed) && d.second().id().equals(kept));
        if (!pair || !administers(admin, kept) || !mayActOn(admin, removed)) {
            return false;
        }
        duplicates.merge(kept, removed);
        events.publishEvent(new PersonsMerged(kept, removed));
        return true;
    }

    public boolean isAdmin(PreauUser user) {
        return user.hasRole(AdminFunction.CENTRAL_ADMIN.name()) || user.hasRole(AdminFunction.LOCAL_ADMIN.name());
    }

    /** The structures this admin manages: all for the central admin, theirs for a local admin. */
    public List<StructureRef> structures(PreauUser admin) {
        if (admin.hasRole(AdminFunction.CENTRAL_ADMIN.name())) {
            return directory.structures();
        }
        var mine = repository.localAdminStructures(admin.personId());
        return directory.structures().stream().filter(s -> mine.contains(s.id())).toList();
    }

    public Optional<StructureRef> structure(PreauUser admin, StructureId id) {
        return structures(admin).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public boolean administers(PreauUser admin, StructureId structure) {
        return structure(admin, structure).isPresent();
    }

    /** May this admin manage this person (a person of one of their structures)? */
    public boolean administers(PreauUser admin, PersonId person) {
        if (admin.hasRole(AdminFunction.CENTRAL_ADMIN.name())) {
            return directory.person(person).isPresent();
        }
        var mine = repository.localAdminStructures(admin.personId());
        return repository.structuresOf(person).stream().anyMatch(mine::contains);
    }

    /**
     * May this admin act on this person's account through the console (reset the password or
     * the second factor, block, end the sessions, issue a new activation code, remove)? The
     * central admin: anyone but himself. A local admin: only someone all of whose structures he
     * administers (a parent or teacher also in another school is that school's too), who holds
     * no admin function (a peer), and not himself (his own account is in "Mon compte").
     */
    public boolean mayActOn(PreauUser admin, PersonId person) {
        if (admin.personId().equals(person) || !isAdmin(admin)) {
            return false;
        }
        if (admin.hasRole(AdminFunction.CENTRAL_ADMIN.name())) {
            return directory.person(person).isPresent();
        }
        var mine = repository.localAdminStructures(admin.personId());
        var theirs = repository.structuresOf(person);
        return !theirs.isEmpty() && mine.containsAll(theirs) && !repository.holdsAdminFunction(person);
    }

    /** Those of {@code people} this admin manages, in one query (lists such as the audit log). */
    public java.util.Set<PersonId> administered(PreauUser admin, java.util.Collection<PersonId> people) {
        List<StructureId> mine = admin.hasRole(AdminFunction.CENTRAL_ADMIN.name())
                ? directory.structures().stream().map(StructureRef::id).toList()
                : repository.localAdminStructures(admin.personId());
        return repository.inStructures(people, mine);
    }

    public PeoplePage people(PreauUser admin, StructureId structure, PeopleFilter filter, int page) {
        if (!administers(admin, structure)) {
            return new PeoplePage(List.of(), 0, false, 0);
        }
        int safePage = Math.max(0, page);
        var people = repository.people(structure, filter, PAGE_SIZE + 1, safePage * PAGE_SIZE);
        boolean more = people.size() > PAGE_SIZE;
        return new PeoplePage(more ? people.subList(0, PAGE_SIZE) : people, safePage, more,
                repository.count(structure, filter));
    }

    public List<ClassLine> classes(PreauUser admin, StructureId structure) {
        return administers(admin, structure) ? repository.classes(structure) : List.of();
    }

    public Optional<PersonDetail> person(PreauUser admin, PersonId id) {
        if (!administers(admin, id)) {
            return Optional.empty();
        }
        return facade.card(id).flatMap(card -> repository.record(id).map(r -> new PersonDetail(card, r.state(),
                r.source(), r.externalId(), r.birthDate(), r.email(),
                r.detachedAt() == null ? null : r.detachedAt().toInstant(),
                r.deleteAfter() == null ? null : r.deleteAfter().toInstant(), repository.parents(id),
                r.blockedReason())));
    }

    /** Who a class's activation letters go to; empty when the admin does not manage the class. */
    public List<AdminViews.LetterRecipient> letterRecipients(PreauUser admin, org.preau.platform.ClassId classId) {
        return repository.structureOfClass(classId).filter(s -> administers(admin, s))
                .map(s -> repository.letterRecipients(classId)).orElse(List.of());
    }

    public Optional<org.preau.directory.DirectoryViews.ClassRef> administeredClass(PreauUser admin,
            org.preau.platform.ClassId classId) {
        return repository.structureOfClass(classId).filter(s -> administers(admin, s))
                .flatMap(s -> classes(admin, s).stream().filter(c -> c.id().equals(classId)).findFirst()
                        .flatMap(c -> structure(admin, s).map(ref -> new org.preau.directory.DirectoryViews.ClassRef(
                                classId, c.name(), ref, List.of()))));
    }

    public List<PendingDeletion> pendingDeletion(PreauUser admin, StructureId structure) {
        return administers(admin, structure) ? repository.pendingDeletion(structure) : List.of();
    }

    /**
     * Deletes for good, without waiting for the end of the retention period, a person of the
     * structure pending deletion (who left the register): every module forgets them
     * ({@link PersonsDeleted}). False when the admin may not, or the person is not pending.
     */
    @Transactional
    public boolean deleteNow(PreauUser admin, StructureId structure, PersonId person) {
        if (!administers(admin, structure) || !mayActOn(admin, person) || !repository.deletePending(structure, person)) {
            return false;
        }
        events.publishEvent(new PersonsDeleted(List.of(person)));
        return true;
    }

    /** Blocks or unblocks a person; false when the admin may not act on them ({@link #mayActOn}). */
    @Transactional
    public boolean setBlocked(PreauUser admin, PersonId id, boolean blocked) {
        return setBlocked(admin, id, blocked, null);
    }

    /**
     * Suspends (blocks) or reinstates a person in the admin's scope, with the reason given: a
     * suspended person cannot log in, their sessions end ({@link AccessWithdrawn}), their tokens
     * are revoked and what they scheduled is held ({@link PersonSuspended}). False when out of scope.
     */
    @Transactional
    public boolean setBlocked(PreauUser admin, PersonId id, boolean blocked, @Nullable String reason) {
        if (!mayActOn(admin, id)) {
            return false;
        }
        repository.setState(id, blocked ? "BLOCKED" : "ACTIVE", blocked ? reason : null);
        if (blocked) {
            events.publishEvent(new AccessWithdrawn(List.of(id)));
            events.publishEvent(new PersonSuspended(id));
        }
        return true;
    }

    /**
     * Creates a person by hand in a structure the admin manages, in a class of it when one is
     * given; empty when the admin may not.
     */
    @Transactional
    public Optional<PersonId> create(PreauUser admin, StructureId structure, PersonForm form) {
        if (!administers(admin, structure) || form.firstName() == null || form.lastName() == null
                || form.profile() == null) {
            return Optional.empty();
        }
        PersonId id = facade.createPerson(form.firstName().strip(), form.lastName().strip(), form.profile(), structure);
        repository.updateIdentity(id, form.firstName().strip(), form.lastName().strip(), form.birthDate());
        if (form.classId() != null && !form.classId().isBlank()) {
            var classId = org.preau.platform.ClassId.of(form.classId());
            if (repository.structureOfClass(classId).filter(structure::equals).isPresent()) {
                facade.addToClass(id, classId);
            }
        }
        return Optional.of(id);
    }

    /** Corrects a person's identity; false when the admin may not manage them. */
    @Transactional
    public boolean updateIdentity(PreauUser admin, PersonId id, String firstName, String lastName,
            LocalDate birthDate) {
        if (!administers(admin, id)) {
            return false;
        }
        repository.updateIdentity(id, firstName.strip(), lastName.strip(), birthDate);
        return true;
    }
}
