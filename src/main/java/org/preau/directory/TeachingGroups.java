package org.preau.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teaching groups: groups of a structure that teachers teach in a subject ("Latin 5e", "6A
 * groupe 1"), read like classes. A group becomes a teaching group with its first teaching; its
 * pupils are its members holding the pupil profile in its structure.
 */
@Service
@Transactional(readOnly = true)
public class TeachingGroups {

    /** A teaching group the person is a pupil of or teaches, with the subjects they teach there (none for a pupil). */
    public record GroupRef(UUID id, String name, StructureRef structure, List<String> subjects) {
    }

    private final TeachingGroupRepository repository;

    TeachingGroups(TeachingGroupRepository repository) {
        this.repository = repository;
    }

    /** The teaching groups a person belongs to or teaches. */
    public List<GroupRef> of(PersonId person) {
        return repository.of(List.of(person)).getOrDefault(person, List.of());
    }

    /** {@link #of(PersonId)} for several people (a parent's children) in one query. */
    public Map<PersonId, List<GroupRef>> of(Collection<PersonId> people) {
        return people.isEmpty() ? Map.of() : repository.of(people);
    }

    /** A teaching group (no subjects), if it exists and is taught. */
    public Optional<GroupRef> group(UUID id) {
        return repository.group(id);
    }

    /** The active pupils of a teaching group. */
    public List<PersonId> pupils(UUID group) {
        return repository.pupils(group);
    }

    /** Records that {@code teacher} teaches {@code subjectLabel} to a group of {@code structure}. */
    @Transactional
    public void assignTeaching(PersonId teacher, StructureId structure, UUID group, String subjectCode,
            String subjectLabel) {
        repository.insertTeaching(teacher, group, structure, subjectCode, subjectLabel);
    }
}
