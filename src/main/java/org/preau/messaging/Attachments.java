package org.preau.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.preau.messaging.FileRepository.StoredFile;
import org.preau.messaging.MessageViews.State;
import org.preau.messaging.MessagingProblem.Reason;
import org.preau.platform.PreauUser;
import org.preau.platform.storage.FileStore;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to drafts: checked (size, type, the sender's quota), stored in the
 * {@link FileStore}, and read back only by people who hold the message in a box.
 */
@Service
class Attachments {

    static final int MAX_FILES = 20;

    /** An uploaded file: its name as sent, its size and a way to read it (more than once). */
    interface Upload {
        String name();

        long size();

        InputStream open() throws IOException;
    }

    /** A file to send back, with its stream (the caller closes it). */
    record Download(StoredFile file, InputStream content) {
    }

    private final MessageRepository messages;
    private final FileRepository files;
    private final MessagingSettings settings;
    private final FileStore store;
    private final Clock clock;

    Attachments(MessageRepository messages, FileRepository files, MessagingSettings settings, FileStore store,
            Clock clock) {
        this.messages = messages;
        this.files = files;
        this.settings = settings;
        this.store = store;
        this.clock = clock;
    }

    /** Attaches a file to a draft (or a scheduled message) of the person. */
    @Transactional
    UUID attach(PreauUser user, UUID draft, Upload upload) {
        UUID me = user.personId().value();
        messages.lockOwn(draft, me).filter(r -> r.state() == State.DRAFT || r.state() == State.SCHEDULED)
                .orElseThrow(MessagingProblem::notFound);
        String name = AttachmentPolicy.cleanName(upload.name());
        var limits = settings.current();
        if (upload.size() > limits.maxFileBytes()) {
            throw new MessagingProblem(Reason.FILE_TOO_LARGE, name, limits.maxFileMb());
        }
        if (AttachmentPolicy.forbidden(name, head(upload))) {
            throw new MessagingProblem(Reason.FORBIDDEN_TYPE, name);
        }
        if (messages.attachments(draft).size() >= MAX_FILES) {
            throw new MessagingProblem(Reason.TOO_MANY_FILES, MAX_FILES);
        }
        if (files.usage(me) + upload.size() > limits.quotaBytes()) {
            throw new MessagingProblem(Reason.QUOTA_EXCEEDED, name, limits.quotaMb());
        }
        String key;
        try (InputStream in = upload.open()) {
            key = store.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID id = UUID.randomUUID();
        String type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
        files.insert(id, me, key, name, type, upload.size(), clock.instant());
        messages.attach(draft, id);
        return id;
    }

    /** Takes a file off a draft of the person (the bytes go with the nightly clean-up if nothing else uses them). */
    @Transactional
    void detach(PreauUser user, UUID draft, UUID file) {
        messages.lockOwn(draft, user.personId().value())
                .filter(r -> r.state() == State.DRAFT || r.state() == State.SCHEDULED)
                .orElseThrow(MessagingProblem::notFound);
        if (!messages.detach(draft, file)) {
            throw MessagingProblem.notFound();
        }
    }

    /** A file of a message the person holds; empty otherwise (or when its bytes are gone). */
    @Transactional(readOnly = true)
    Optional<Download> open(PreauUser user, UUID message, UUID file) {
        var stored = files.readable(user.personId().value(), message, file);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return store.get(stored.get().key()).map(in -> new Download(stored.get(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the person's attachments weigh, and their quota, in bytes. */
    long[] usage(PreauUser user) {
        return new long[] { files.usage(user.personId().value()), settings.current().quotaBytes() };
    }

    private static byte[] head(Upload upload) {
        try (InputStream in = upload.open()) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
