package org.preau.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.ChildRef;
import org.preau.directory.DirectoryViews.ClassRef;
import org.preau.directory.StructureType;
import org.preau.directory.TeachingGroups;
import org.preau.directory.TeachingGroups.GroupRef;
import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.springframework.stereotype.Component;

/**
 * The books a person has, from the directory: their classes and their teaching groups ("Latin
 * 5e", "6A groupe 1"). A group's book is kept under the group's id, in the place of a class's
 * id, and read as a class (name, structure, the subjects the person teaches there): the diary's
 * tables, pages and rules then serve both alike.
 */
@Component
class Books {

    private final Directory directory;
    private final TeachingGroups groups;

    Books(Directory directory, TeachingGroups groups) {
        this.directory = directory;
        this.groups = groups;
    }

    /** The classes and teaching groups a person belongs to or teaches; a teacher's with the subjects they may write in. */
    List<ClassRef> of(PersonId person) {
        List<ClassRef> books = new ArrayList<>();
        directory.classesOf(person).forEach(c -> books.add(c.subjects().isEmpty() ? c : withPrimarySubjects(c)));
        groups.of(person).forEach(g -> books.add(asClass(g)));
        return books;
    }

    /** A relative's children, each with their classes and teaching groups (one query for all the groups). */
    List<ChildRef> children(PersonId relative) {
        List<ChildRef> children = directory.children(relative);
        if (children.isEmpty()) {
            return children;
        }
        Map<PersonId, List<GroupRef>> byChild = groups.of(children.stream().map(ChildRef::id).toList());
        return children.stream().map(c -> {
            List<ClassRef> books = new ArrayList<>(c.classes());
            byChild.getOrDefault(c.id(), List.of()).forEach(g -> books.add(asClass(g)));
            return new ChildRef(c.id(), c.displayName(), books);
        }).toList();
    }

    /** A class or a teaching group, whoever asks. */
    Optional<ClassRef> book(ClassId id) {
        return directory.schoolClass(id).or(() -> groups.group(id.value()).map(Books::asClass));
    }

    /** The pupils a book's homework is for. */
    List<PersonId> pupils(ClassId id) {
        return directory.schoolClass(id).isPresent() ? directory.pupilsOf(id) : groups.pupils(id.value());
    }

    private static ClassRef asClass(GroupRef group) {
        return new ClassRef(new ClassId(group.id()), group.name(), group.structure(), group.subjects());
    }

    /** In an école the class teacher writes in every primary subject, besides those they are named for. */
    private static ClassRef withPrimarySubjects(ClassRef ref) {
        if (ref.structure().type() != StructureType.ECOLE) {
            return ref;
        }
        List<String> subjects = new ArrayList<>(Subjects.PRIMARY);
        ref.subjects().stream().filter(s -> !s.equals("Enseignement polyvalent")).forEach(subjects::add);
        return new ClassRef(ref.id(), ref.name(), ref.structure(), subjects);
    }
}
