package org.preau.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryGroups;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing of any application's resources with people and groups: read, contribute or manage,
 * plus the extras its {@link SharingType} declares. A resource may have a parent whose shares
 * flow down to it; its own share for a person or group replaces theirs. Its owner, its
 * ancestors' owners and those its application says manage it hold every right. Only a
 * manager shares, and only with people and groups they may reach.
 */
@Service
public class Sharing {

    /** How a person is named as a grantee: {@code person:<uuid>}; groups keep the directory's ids. */
    public static final String PERSON_PREFIX = "person:";

    /** What became of a share or revoke. */
    public enum Outcome {
        DONE, NOT_FOUND, NOT_ALLOWED, UNREACHABLE, UNKNOWN_RIGHT
    }

    /** Who has access: a person or group, named, their rights, and the ancestor they come from if inherited. */
    public record Entry(String grantee, String name, boolean group, ShareRights rights, @Nullable ShareRef inheritedFrom) {
    }

    private final SharingRepository repository;
    private final Directory directory;
    private final DirectoryGroups groups;
    private final Reach reach;
    private final Clock clock;
    private final Map<String, SharingType> types = new LinkedHashMap<>();

    private final AccessAudit audit;

    Sharing(SharingRepository repository, Directory directory, DirectoryGroups groups, Reach reach, Clock clock,
            List<SharingType> types, AccessAudit audit) {
        this.audit = audit;
        this.repository = repository;
        this.directory = directory;
        this.groups = groups;
        this.reach = reach;
        this.clock = clock;
        types.forEach(t -> this.types.put(t.type(), t));
    }

    public static String personKey(PersonId person) {
        return PERSON_PREFIX + person.value();
    }

    /** The declared type of a resource, if its application declared one. */
    public Optional<SharingType> type(String type) {
        return Optional.ofNullable(types.get(type));
    }

    /** An application records a resource, its owner (if any) and its parent (if any) when it creates or moves it. */
    @Transactional
    public void register(ShareRef ref, @Nullable PersonId owner, @Nullable ShareRef parent) {
        repository.register(ref, owner, parent);
    }

    /** An application deleted a resource: its shares and its children's go. */
    @Transactional
    public void forget(ShareRef ref) {
        repository.forget(ref);
    }

    /** What {@code user} may do with the resource; empty when nothing. */
    public Optional<ShareRights> rights(PreauUser user, ShareRef ref) {
        SharingType type = types.get(ref.type());
        ShareRights all = new ShareRights(ShareRights.Level.MANAGE, type == null ? Set.of() : Set.copyOf(type.extras()));
        if (type != null && type.manages(user, ref.id())) {
            return Optional.of(all);
        }
        List<String> keys = grantees(user.personId());
        var rows = repository.chain(ref, keys.toArray(String[]::new));
        if (rows.stream().anyMatch(r -> user.personId().equals(r.owner()))) {
            return Optional.of(all);
        }
        Set<String> seen = new HashSet<>();
        ShareRights rights = null;
        for (var row : rows) {
            if (row.grantee() != null && seen.add(row.grantee())) {
                rights = rights == null ? row.rights() : rights.with(row.rights());
            }
        }
        return Optional.ofNullable(rights);
    }

    public boolean canRead(PreauUser user, String type, String id) {
        return allows(user, new ShareRef(type, id), ShareRights.Level.READ);
    }

    public boolean canContribute(PreauUser user, String type, String id) {
        return allows(user, new ShareRef(type, id), ShareRights.Level.CONTRIBUTE);
    }

    public boolean canManage(PreauUser user, String type, String id) {
        return allows(user, new ShareRef(type, id), ShareRights.Level.MANAGE);
    }

    /** Whether {@code user} holds an extra right of the application ({@code publish}...). */
    public boolean has(PreauUser user, ShareRef ref, String extra) {
        return rights(user, ref).map(r -> r.extras().contains(extra)).orElse(false);
    }

    private boolean allows(PreauUser user, ShareRef ref, ShareRights.Level level) {
        return rights(user, ref).map(r -> r.allows(level)).orElse(false);
    }

    /**
     * Gives {@code grantee} (a {@code person:<uuid>} or a group id) these rights on the
     * resource, replacing what they had on it; the sharer must manage it and reach the grantee.
     */
    @Transactional
    public Outcome share(PreauUser sharer, ShareRef ref, String grantee, ShareRights rights) {
        SharingType type = types.get(ref.type());
        if (type == null || type.describe(ref.id()).isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (!allows(sharer, ref, ShareRights.Level.MANAGE)) {
            return Outcome.NOT_ALLOWED;
        }
        if (!type.extras().containsAll(rights.extras())) {
            return Outcome.UNKNOWN_RIGHT;
        }
        if (!reaches(sharer.personId(), grantee)) {
            return Outcome.UNREACHABLE;
        }
        repository.ensure(ref);
        repository.share(ref, grantee, rights, sharer.personId(), clock.instant());
        audit.record(sharer, null, AccessAudit.Change.SHARED, "resource=" + ref.type() + ":" + ref.id() + " grantee="
                + grantee + " rights=" + rights.level() + (rights.extras().isEmpty() ? "" : "+" + String.join("+",
                        new java.util.TreeSet<>(rights.extras()))));
        return Outcome.DONE;
    }

    private boolean reaches(PersonId sharer, String grantee) {
        if (grantee.startsWith(PERSON_PREFIX)) {
            try {
                return reach.canReach(sharer, PersonId.of(grantee.substring(PERSON_PREFIX.length())));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return reach.canReachGroup(sharer, grantee).allowed();
    }

    /** Takes back what was shared with {@code grantee} on this resource (not what it inherits). */
    @Transactional
    public Outcome revoke(PreauUser sharer, ShareRef ref, String grantee) {
        if (!types.containsKey(ref.type())) {
            return Outcome.NOT_FOUND;
        }
        if (!allows(sharer, ref, ShareRights.Level.MANAGE)) {
            return Outcome.NOT_ALLOWED;
        }
        if (!repository.revoke(ref, grantee)) {
            return Outcome.NOT_FOUND;
        }
        audit.record(sharer, null, AccessAudit.Change.SHARE_REVOKED,
                "resource=" + ref.type() + ":" + ref.id() + " grantee=" + grantee);
        return Outcome.DONE;
    }

    /** Who has access to the resource, for those who manage it; empty for others. */
    public Optional<List<Entry>> entries(PreauUser viewer, ShareRef ref, Locale locale) {
        if (!allows(viewer, ref, ShareRights.Level.MANAGE)) {
            return Optional.empty();
        }
        var rows = repository.chain(ref, null).stream().filter(r -> r.grantee() != null).toList();
        var names = directory.displayNames(rows.stream().map(r -> r.grantee())
                .filter(g -> g.startsWith(PERSON_PREFIX))
                .map(g -> PersonId.of(g.substring(PERSON_PREFIX.length()))).toList());
        Set<String> seen = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (var row : rows) {
            if (!seen.add(row.grantee())) {
                continue;
            }
            boolean person = row.grantee().startsWith(PERSON_PREFIX);
            String name = person ? names.get(PersonId.of(row.grantee().substring(PERSON_PREFIX.length())))
                    : groups.name(row.grantee(), locale).map(DirectoryGroups.GroupName::name).orElse(null);
            if (name != null) {
                entries.add(new Entry(row.grantee(), name, !person, row.rights(), row.depth() == 0 ? null : row.resource()));
            }
        }
        return Optional.of(entries);
    }

    /**
     * Resources of {@code type} shared with {@code user} or one of their groups, directly or
     * through a parent, that they do not own: "shared with me".
     */
    public List<ShareRef> sharedWith(PreauUser user, String type, int limit) {
        return repository.sharedWith(grantees(user.personId()), type, user.personId(), Math.clamp(limit, 1, 1000));
    }

    /** The person and every group they belong to, as grantees. */
    private List<String> grantees(PersonId person) {
        List<String> keys = new ArrayList<>();
        keys.add(personKey(person));
        keys.addAll(directory.affiliations(person).groupIds());
        return keys;
    }
}
