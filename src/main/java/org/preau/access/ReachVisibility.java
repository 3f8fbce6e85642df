package org.preau.access;

import org.preau.directory.Directory;
import org.preau.directory.SearchScope;
import org.preau.directory.VisibilityPolicy;
import org.preau.platform.PersonId;
import org.springframework.stereotype.Component;

/** The annuaire shows whom the communication rules let a person reach. */
@Component
class ReachVisibility implements VisibilityPolicy {

    private final Directory directory;
    private final ReachEngine engine;

    ReachVisibility(Directory directory, ReachEngine engine) {
        this.directory = directory;
        this.engine = engine;
    }

    @Override
    public SearchScope scope(PersonId viewer) {
        return engine.reachable(directory.affiliations(viewer)).scope();
    }

    @Override
    public boolean canSee(PersonId viewer, PersonId person) {
        var both = directory.affiliations(java.util.List.of(viewer, person));
        return viewer.equals(person) || engine.reachable(both.get(viewer)).reaches(both.get(person));
    }
}
