package org.preau.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.AdminViews.Member;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teaching groups as a structure's admins set them up in the console: create a group, choose its
 * pupils among the structure's pupils (class by class), name its teachers with a subject. Groups
 * read from a register ({@code imported}) are shown but only the register changes them. Every
 * method answers nothing (or false) for a group outside the admin's structures.
 */
@Service
@Transactional(readOnly = true)
public class TeachingGroupAdmin {

    /** The right to set up teaching groups in a structure. */
    public static final String ACTION = "directory.manage-groups";

    /** A teacher of a group, with one subject they teach there. */
    public record TeacherLine(PersonId person, String displayName, UUID subjectId, String subject) {
    }

    /** A teaching group of a structure, for the list. */
    public record GroupSummary(UUID id, String name, boolean imported, List<TeacherLine> teachers, long pupils) {
    }

    /** A group's page: its pupils and teachers. */
    public record GroupDetail(UUID id, String name, StructureRef structure, boolean imported,
            List<TeacherLine> teachers, List<Member> pupils) {
    }

    /** A subject that may be taught in a structure. */
    public record SubjectOption(UUID id, String label) {
    }

    private final TeachingGroupAdminRepository repository;
    private final GroupRepository groups;
    private final DirectoryAdmin admin;

    TeachingGroupAdmin(TeachingGroupAdminRepository repository, GroupRepository groups, DirectoryAdmin admin) {
        this.repository = repository;
        this.groups = groups;
        this.admin = admin;
    }

    public List<GroupSummary> groups(PreauUser user, StructureId structure) {
        return admin.administers(user, structure) ? repository.groups(structure) : List.of();
    }

    /** Creates an (empty) teaching group; empty when the name is blank or too long or the admin may not. */
    @Transactional
    public Optional<UUID> create(PreauUser user, StructureId structure, String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > DirectoryGroups.MAX_NAME || !admin.administers(user, structure)) {
            return Optional.empty();
        }
        return Optional.of(repository.create(structure, clean));
    }

    /** A group of {@code structure} that this admin administers. */
    public Optional<GroupDetail> group(PreauUser user, StructureId structure, UUID id) {
        return inStructure(user, structure, id).flatMap(s -> admin.structure(user, s))
                .map(ref -> new GroupDetail(id, groups.name(id).orElse(""), ref, groups.imported(id),
                        repository.teachers(List.of(id)).getOrDefault(id, List.of()), repository.pupils(id)));
    }

    /** Pupils of one of the structure's classes not yet in the group (none for another structure's class). */
    public List<Member> candidates(PreauUser user, StructureId structure, UUID group, @Nullable ClassId classId) {
        return classId == null || inStructure(user, structure, group).isEmpty() ? List.of()
                : repository.pupilsOfClass(structure, classId, group);
    }

    public List<Member> teachers(PreauUser user, StructureId structure) {
        return admin.administers(user, structure) ? repository.teachersOf(structure) : List.of();
    }

    public List<SubjectOption> subjects(PreauUser user, StructureId structure) {
        return admin.administers(user, structure) ? repository.subjects(structure) : List.of();
    }

    /** Adds a pupil of the structure; false when the group, the person or the admin's right does not fit. */
    @Transactional
    public boolean addPupil(PreauUser user, StructureId structure, UUID group, PersonId pupil) {
        return changeable(user, structure, group)
                && (repository.addPupil(group, pupil) || repository.isPupil(group, pupil));
    }

    @Transactional
    public boolean removePupil(PreauUser user, StructureId structure, UUID group, PersonId pupil) {
        if (!changeable(user, structure, group)) {
            return false;
        }
        repository.removePupil(group, pupil);
        return true;
    }

    /** Names a teacher of the structure for a subject in the group; false when something does not fit. */
    @Transactional
    public boolean addTeacher(PreauUser user, StructureId structure, UUID group, PersonId teacher, UUID subject) {
        return changeable(user, structure, group) && (repository.addTeaching(group, teacher, subject)
                || repository.isTeaching(group, teacher, subject));
    }

    @Transactional
    public boolean removeTeacher(PreauUser user, StructureId structure, UUID group, PersonId teacher, UUID subject) {
        if (!changeable(user, structure, group)) {
            return false;
        }
        repository.removeTeaching(group, teacher, subject);
        return true;
    }

    private Optional<StructureId> inStructure(PreauUser user, StructureId structure, UUID group) {
        return groups.structureOf(group).filter(s -> s.equals(structure) && admin.administers(user, s));
    }

    private boolean changeable(PreauUser user, StructureId structure, UUID group) {
        return inStructure(user, structure, group).isPresent() && !groups.imported(group);
    }
}
