package org.preau.console;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.preau.access.Sharing;
import org.preau.access.SharingType;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.DirectoryGroups;
import org.preau.directory.GroupDelegation;
import org.preau.platform.GroupRef;
import org.preau.platform.PreauUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Manual groups are shareable: the admins of their structure manage them; sharing one gives
 * co-management (read: see its members; contribute: add and remove members; manage: share
 * it too). Deleting a group stays the admins' own.
 */
@Component
class GroupSharingType implements SharingType, GroupDelegation {

    static final String TYPE = "directory.group";

    private final DirectoryAdmin admin;
    private final ObjectProvider<DirectoryGroups> groups;
    private final ObjectProvider<Sharing> sharing;

    GroupSharingType(DirectoryAdmin admin, ObjectProvider<DirectoryGroups> groups, ObjectProvider<Sharing> sharing) {
        this.admin = admin;
        this.groups = groups;
        this.sharing = sharing;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String labelKey() {
        return "sharing.type.group";
    }

    @Override
    public Optional<Described> describe(String id) {
        return uuid(id).flatMap(g -> groups.getObject().name(new GroupRef.Manual(g).id(), Locale.ROOT))
                .map(g -> new Described(g.name(), "/admin/groups/" + id));
    }

    @Override
    public boolean manages(PreauUser user, String id) {
        return uuid(id).flatMap(g -> groups.getObject().name(new GroupRef.Manual(g).id(), Locale.ROOT))
                .map(g -> admin.administers(user, g.structure())).orElse(false);
    }

    @Override
    public boolean mayView(PreauUser user, UUID group) {
        return sharing.getObject().canRead(user, TYPE, group.toString());
    }

    @Override
    public boolean mayChange(PreauUser user, UUID group) {
        return sharing.getObject().canContribute(user, TYPE, group.toString());
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
