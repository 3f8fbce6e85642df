package org.preau.directory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.directory.DirectoryViews.ChildRef;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.directory.DirectoryViews.PersonCard;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's facade: who is who, where, in which class and which family. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final DirectoryRepository repository;
    private final ClassRepository classes;
    private final ApplicationEventPublisher events;
    private final PersonGroupsRepository groups;
    private final AffiliationRepository affiliations;
    private final Cards cards;

    Directory(DirectoryRepository repository, ClassRepository classes, ApplicationEventPublisher events,
            PersonGroupsRepository groups, AffiliationRepository affiliations, Cards cards) {
        this.cards = cards;
        this.repository = repository;
        this.classes = classes;
        this.events = events;
        this.groups = groups;
        this.affiliations = affiliations;
    }

    /**
     * The groups, family and functions of a person, in one query (the access model reads them
     * on every check: no transaction of its own).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Affiliations affiliations(PersonId person) {
        return affiliations.of(List.of(person)).get(person);
    }

    /** {@link #affiliations(PersonId)} of a few people at once, in one query. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public java.util.Map<PersonId, Affiliations> affiliations(java.util.Collection<PersonId> people) {
        return affiliations.of(people);
    }

    /**
     * "Ma classe", if the viewer may see the class: its members, its teachers, the staff of
     * its structure, the central admin, or a parent of one of its pupils (who then sees only
     * their own children among the pupils). Parents of pupils are shown to staff and teachers.
     */
    public Optional<ClassPage> classPage(PreauUser viewer, ClassId classId) {
        var classRef = classes.classRef(classId);
        if (classRef.isEmpty()) {
            return Optional.empty();
        }
        var relation = viewer.hasRole(AdminFunction.CENTRAL_ADMIN.name()) ? ClassRepository.Relation.STAFF
                : classes.relation(viewer.personId(), classId);
        if (relation == ClassRepository.Relation.NONE) {
            return Optional.empty();
        }
        boolean staff = relation == ClassRepository.Relation.TEACHER || relation == ClassRepository.Relation.STAFF;
        return Optional.of(new ClassPage(classRef.get(), classes.teachers(classId),
                classes.pupils(classId, staff, viewer.personId(), relation == ClassRepository.Relation.PARENT),
                staff, relation == ClassRepository.Relation.TEACHER));
    }

    /** Whether this person teaches the class (a teaching there, or a teacher who is a member of it). */
    public boolean teaches(PersonId teacher, ClassId classId) {
        return classes.relation(teacher, classId) == ClassRepository.Relation.TEACHER;
    }

    /** The person with their profiles, structures, classes, children and admin functions. */
    public Optional<PersonCard> card(PersonId id) {
        return cards.card(id);
    }

    /** Whether a person may use Préau: not blocked, not detached from the register. */
    public boolean isActive(PersonId id) {
        return repository.state(id).map("ACTIVE"::equals).orElse(false);
    }

    /** The roles a person acts in: a {@code ROLE_} per profile and per admin function. */
    public Set<String> roles(PersonId id) {
        Set<String> roles = new LinkedHashSet<>();
        repository.memberships(id).forEach(m -> roles.add("ROLE_" + m.profile().name()));
        repository.functions(id).forEach(f -> roles.add("ROLE_" + f.function().name()));
        return roles;
    }

    /** Every group the person belongs to, by structure, and their admin functions (one query). */
    public DirectoryViews.PersonGroups groupsOf(PersonId id) {
        return groups.groupsOf(id);
    }

    /** Every structure of the territory (admins, and the seeding of a demo). */
    public List<StructureRef> structures() {
        return repository.structures();
    }

    /**
     * The structures a person may see: every structure for the central admin, otherwise
     * those where the person holds a profile or a function.
     */
    public List<StructureRef> visibleStructures(PreauUser user) {
        if (user.hasRole(AdminFunction.CENTRAL_ADMIN.name())) {
            return repository.structures();
        }
        return repository.structuresOf(user.personId());
    }

    public Optional<StructureRef> structureByUai(String uai) {
        return repository.structureByUai(uai);
    }

    /** A class with its structure (no subjects), if it exists. */
    public Optional<ClassRef> schoolClass(ClassId id) {
        return classes.classRef(id);
    }

    /** The classes a person is a member of or teaches, with the subjects they teach there. */
    public List<ClassRef> classesOf(PersonId person) {
        return repository.classes(person);
    }

    /** The active pupils of a class. */
    public List<PersonId> pupilsOf(ClassId classId) {
        return repository.pupilIds(classId);
    }

    /** Display names of people, by id (unknown ids are left out). */
    public Map<PersonId, String> displayNames(Collection<PersonId> people) {
        return people.isEmpty() ? Map.of() : repository.displayNames(people);
    }

    /** The active relatives (parents) of these children, each once. */
    public List<PersonId> relativesOf(Collection<PersonId> children) {
        return children.isEmpty() ? List.of() : repository.relativeIds(children);
    }

    /** The local admins of a structure (its moderators, for now). */
    public List<PersonId> localAdmins(StructureId structure) {
        return repository.localAdminIds(structure);
    }

    /** The active central admins of the territory (in copy of a structure's alerts). */
    public List<PersonId> centralAdmins() {
        return repository.centralAdminIds();
    }

    /** The children of a relative, with their classes. */
    public List<ChildRef> children(PersonId relative) {
        return cards.children(relative);
    }

    /** The contact details of a person. */
    public ContactDetails contact(PersonId person) {
        return repository.contact(person);
    }

    /**
     * A person changes their own contact details (validated by the caller); publishes
     * {@link ContactDetailsChanged} when something changed.
     */
    @Transactional
    public void updateContact(PersonId person, ContactDetails details) {
        ContactDetails before = repository.contact(person);
        ContactDetails after = details.normalized();
        if (after.equals(before.normalized())) {
            return;
        }
        repository.updateContact(person, after);
        boolean emailChanged = !java.util.Objects.equals(lower(before.normalized().email()), lower(after.email()));
        events.publishEvent(new ContactDetailsChanged(person, emailChanged));
    }

    private static @Nullable String lower(@Nullable String email) {
        return email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
    }

    // --- manual changes (admin console, demo territory) ---

    @Transactional
    public StructureId createStructure(String uai, String name, StructureType type) {
        return repository.insertStructure(uai, name, type);
    }

    @Transactional
    public ClassId createClass(StructureId structure, String name, @Nullable String level) {
        return repository.insertClass(structure, name, level);
    }

    /** Creates a person with no profile yet (the central admin of a territory, say). */
    @Transactional
    public PersonId createPerson(String firstName, String lastName) {
        return repository.insertPerson(firstName, lastName, "MANUAL");
    }

    /** Creates a person holding {@code profile} in {@code structure}. */
    @Transactional
    public PersonId createPerson(String firstName, String lastName, Profile profile, StructureId structure) {
        PersonId id = repository.insertPerson(firstName, lastName, "MANUAL");
        repository.insertProfile(id, structure, profile);
        return id;
    }

    @Transactional
    public void addProfile(PersonId person, StructureId structure, Profile profile) {
        repository.insertProfile(person, structure, profile);
    }

    @Transactional
    public void addToClass(PersonId person, ClassId classId) {
        repository.insertClassMember(classId, person);
    }

    /** Records that {@code teacher} teaches {@code subjectLabel} in a class of {@code structure}. */
    @Transactional
    public void assignTeaching(PersonId teacher, StructureId structure, ClassId classId, String subjectCode,
            String subjectLabel) {
        repository.insertTeaching(teacher, classId, repository.subjectId(structure, subjectCode, subjectLabel));
    }

    @Transactional
    public void linkFamily(PersonId relative, PersonId child, boolean legalGuardian) {
        repository.insertFamilyLink(relative, child, legalGuardian);
    }

    @Transactional
    public void grantFunction(PersonId person, AdminFunction function, @Nullable StructureId structure) {
        repository.insertFunction(person, function, structure);
    }
}
