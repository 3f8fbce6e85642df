package org.preau.messaging;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.messaging.MessageViews.FolderLine;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.platform.PreauUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own folders: up to three levels, names unique among siblings. */
@Service
@Transactional
class Folders {

    static final int MAX_DEPTH = 3;
    static final int MAX_NAME = 60;

    private final FolderRepository repository;
    private final Clock clock;

    Folders(FolderRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<FolderLine> folders(PreauUser user) {
        return repository.folders(user.personId().value());
    }

    UUID create(PreauUser user, @Nullable UUID parent, String name) {
        UUID me = user.personId().value();
        String clean = valid(name);
        int depth = 1;
        if (parent != null) {
            depth = repository.depth(me, parent).orElseThrow(MessagingProblem::notFound) + 1;
            if (depth > MAX_DEPTH) {
                throw new MessagingProblem(Reason.FOLDER_TOO_DEEP, MAX_DEPTH);
            }
        }
        return repository.create(me, parent, clean, depth)
                .orElseThrow(() -> new MessagingProblem(Reason.FOLDER_INVALID, MAX_NAME));
    }

    void rename(PreauUser user, UUID folder, String name) {
        UUID me = user.personId().value();
        repository.depth(me, folder).orElseThrow(MessagingProblem::notFound);
        if (!repository.rename(me, folder, valid(name))) {
            throw new MessagingProblem(Reason.FOLDER_INVALID, MAX_NAME);
        }
    }

    /** Deletes a folder with its sub-folders; what they held goes to the trash. */
    void delete(PreauUser user, UUID folder) {
        if (!repository.delete(user.personId().value(), folder, clock.instant())) {
            throw MessagingProblem.notFound();
        }
    }

    private static String valid(String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new MessagingProblem(Reason.FOLDER_INVALID, MAX_NAME);
        }
        return clean;
    }
}
