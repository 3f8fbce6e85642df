package org.preau.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.directory.AdminViews.GroupDetail;
import org.preau.directory.AdminViews.GroupLine;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual groups ("Chorale", "Conseil de vie collégienne"): admins of a structure create them
 * and choose their members among the people of that structure.
 */
@Service
public class DirectoryGroups {

    /** Longest group name. */
    public static final int MAX_NAME = 100;

    private final GroupRepository repository;
    private final DirectoryAdmin admin;

    DirectoryGroups(GroupRepository repository, DirectoryAdmin admin) {
        this.repository = repository;
        this.admin = admin;
    }

    public List<GroupLine> groups(PreauUser user, StructureId structure) {
        return admin.administers(user, structure) ? repository.groups(structure) : List.of();
    }

    /** Creates a group; empty when the name is blank or too long or the admin may not. */
    @Transactional
    public Optional<UUID> create(PreauUser user, StructureId structure, String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME || !admin.administers(user, structure)) {
            return Optional.empty();
        }
        return Optional.of(repository.create(structure, clean));
    }

    public Optional<GroupDetail> group(PreauUser user, UUID id) {
        return managed(user, id).flatMap(structure -> admin.structure(user, structure)
                .map(ref -> new GroupDetail(id, repository.name(id).orElse(""), ref, repository.members(id))));
    }

    @Transactional
    public boolean add(PreauUser user, UUID id, PersonId person) {
        return managed(user, id).isPresent() && repository.add(id, person);
    }

    @Transactional
    public boolean remove(PreauUser user, UUID id, PersonId person) {
        if (managed(user, id).isEmpty()) {
            return false;
        }
        repository.remove(id, person);
        return true;
    }

    @Transactional
    public boolean delete(PreauUser user, UUID id) {
        if (managed(user, id).isEmpty()) {
            return false;
        }
        repository.delete(id);
        return true;
    }

    private Optional<StructureId> managed(PreauUser user, UUID id) {
        return repository.structureOf(id).filter(s -> admin.administers(user, s));
    }
}
