package org.preau.directory;

import java.util.Collection;
import java.util.Map;

import org.preau.platform.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of the people behind messages: who wrote to whom, as messaging shows it. Whom a
 * person may write to is the access module's answer ({@code access.Reach}), not the directory's;
 * who a group stands for is {@link DirectoryGroups#recipients}.
 */
@Service
@Transactional(readOnly = true)
public class Audiences {

    private final AudienceRepository repository;

    Audiences(AudienceRepository repository) {
        this.repository = repository;
    }

    /** Display names of people (any state), for showing who wrote to whom. */
    public Map<PersonId, String> names(Collection<PersonId> ids) {
        return repository.names(ids);
    }
}
