package org.preau.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.preau.directory.Affiliations;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryGroups;
import org.preau.directory.DirectorySearch;
import org.preau.directory.SearchHit;
import org.preau.directory.SearchScope;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.springframework.stereotype.Service;

/**
 * Who may reach whom: the one answer that messaging, the annuaire and sharing ask. A person
 * reaches another when a communication rule in force opens a group the other belongs to, or
 * their family to them, and no kill switch suspends it; the central admin reaches everyone.
 */
@Service
public class Reach {

    /** Whether a person may write to a group: only if they reach all its members; how many those are. */
    public record GroupReach(boolean allowed, long members, long reachable) {
    }

    /**
     * How a writer stands towards a person or group they name: reached; refused, though they know
     * of it (a person of one of their schools, a group they belong to or partly reach); or unknown
     * to them (not to be named back: it may not even exist).
     */
    public enum Answer {
        REACHED, REFUSED, UNKNOWN
    }

    /** A group as a writer may address it; when reached, the people a message to it goes to (without the writer). */
    public record GroupAnswer(Answer answer, List<PersonId> members) {
    }

    /** What a writer may address among the people and groups they named. */
    public record Targets(Map<PersonId, Answer> people, Map<String, GroupAnswer> groups) {
    }

    private final Directory directory;
    private final DirectoryGroups groups;
    private final DirectorySearch search;
    private final ReachEngine engine;

    Reach(Directory directory, DirectoryGroups groups, DirectorySearch search, ReachEngine engine) {
        this.directory = directory;
        this.groups = groups;
        this.search = search;
        this.engine = engine;
    }

    /** Whether {@code a} may reach {@code b}: both active, and a rule in force opens {@code b} to {@code a}. */
    public boolean canReach(PersonId a, PersonId b) {
        Map<PersonId, Affiliations> both = directory.affiliations(List.of(a, b));
        Affiliations to = both.get(b);
        if (!to.active()) {
            return false;
        }
        if (a.equals(b)) {
            return both.get(a).active();
        }
        return engine.reachable(both.get(a)).reaches(to);
    }

    /**
     * Whether {@code a} may write to a group as a whole (a rule opens it, or {@code a} reaches
     * each of its members) and how many of its active members {@code a} reaches.
     */
    public GroupReach canReachGroup(PersonId a, String groupId) {
        var reachable = engine.reachable(directory.affiliations(a));
        var size = groups.size(groupId, reachable.scope());
        boolean opened = reachable.everyone() || Boolean.FALSE.equals(reachable.groups().get(groupId));
        boolean allowed = opened || size.members() > 0 && size.inScope() == size.members();
        return new GroupReach(allowed, size.members(), size.inScope());
    }

    /**
     * Which of {@code people} and {@code groups} {@code writer} may address (messaging's recipients),
     * in a fixed number of queries whatever their number: the writer's rules once, the people's
     * affiliations in one query, the groups' members in one more. A group is reached when a rule
     * opens it whole or when the writer reaches each of its other members.
     */
    public Targets targets(PersonId writer, Collection<PersonId> people, Collection<String> groupIds) {
        Set<PersonId> all = new LinkedHashSet<>(people);
        all.add(writer);
        Map<PersonId, Affiliations> affiliations = directory.affiliations(all);
        Affiliations me = affiliations.get(writer);
        var reachable = engine.reachable(me);
        Set<StructureId> mine = structures(me);
        Map<PersonId, Answer> answers = new LinkedHashMap<>();
        for (PersonId person : people) {
            Affiliations other = affiliations.get(person);
            boolean reached = me.active() && other.active() && (person.equals(writer) || reachable.reaches(other));
            answers.put(person, reached ? Answer.REACHED
                    : other.active() && structures(other).stream().anyMatch(mine::contains) ? Answer.REFUSED
                            : Answer.UNKNOWN);
        }
        Map<String, GroupAnswer> groupAnswers = new LinkedHashMap<>();
        groups.recipients(groupIds, reachable.scope()).forEach((id, members) -> {
            List<PersonId> others = members.stream().map(DirectoryGroups.Member::person)
                    .filter(p -> !p.equals(writer)).toList();
            boolean opened = reachable.everyone() || Boolean.FALSE.equals(reachable.groups().get(id));
            boolean allowed = me.active() && (opened && !members.isEmpty() || !others.isEmpty()
                    && members.stream().allMatch(m -> m.inScope() || m.person().equals(writer)));
            boolean known = members.stream().anyMatch(m -> m.inScope() || m.person().equals(writer));
            groupAnswers.put(id, new GroupAnswer(allowed ? Answer.REACHED : known ? Answer.REFUSED : Answer.UNKNOWN,
                    allowed ? others : List.of()));
        });
        return new Targets(answers, groupAnswers);
    }

    /**
     * {@link #canReachGroup} for several groups at once (the recipient picker, as one types):
     * the writer's rules once and one aggregate count for every group; members other than the
     * writer are counted.
     */
    public Map<String, GroupReach> canReachGroups(PersonId writer, Collection<String> groupIds) {
        var reachable = engine.reachable(directory.affiliations(writer));
        Map<String, GroupReach> result = new LinkedHashMap<>();
        groups.recipientCounts(groupIds, reachable.scope(), writer).forEach((id, size) -> {
            boolean opened = reachable.everyone() || Boolean.FALSE.equals(reachable.groups().get(id));
            boolean allowed = size.members() > 0 && (opened || size.inScope() == size.members());
            result.put(id, new GroupReach(allowed, size.members(), size.inScope()));
        });
        return result;
    }

    private static Set<StructureId> structures(Affiliations a) {
        Set<StructureId> structures = new HashSet<>(a.administered());
        a.groups().forEach(g -> structures.add(g.structure()));
        return structures;
    }

    /** Everyone {@code a} may reach, as the directory's queries filter on it. */
    public SearchScope scope(PersonId a) {
        return engine.reachable(directory.affiliations(a)).scope();
    }

    /**
     * People, classes and groups {@code viewer} may reach, by name: the annuaire, which follows
     * the rules (the recipient picker of messaging and the sharing dialog use it).
     */
    public List<SearchHit> find(PreauUser viewer, String query, int limit) {
        return search.search(viewer, query, limit);
    }
}
