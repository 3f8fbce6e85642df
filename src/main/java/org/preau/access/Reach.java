package org.preau.access;

import java.util.List;
import java.util.Map;

import org.preau.directory.Affiliations;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryGroups;
import org.preau.directory.DirectorySearch;
import org.preau.directory.SearchHit;
import org.preau.directory.SearchScope;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
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
