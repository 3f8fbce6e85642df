package org.preau.access;

import org.preau.directory.PersonsDeleted;
import org.preau.directory.PersonsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Deleted people keep no shares; merged records keep both records' shares. */
@Component
class SharingCleanup {

    private final SharingRepository repository;

    SharingCleanup(SharingRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        repository.forgetPeople(event.persons());
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        repository.merge(event.kept(), event.removed());
    }
}
