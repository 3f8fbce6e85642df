package org.preau.diary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.diary.ExtrasRepository.Owner;
import org.preau.diary.ExtrasRepository.StoredFile;
import org.preau.platform.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to sessions and homework: checked by name and size (the content type comes
 * from the name, never from the browser), kept in the {@link FileStore}, read back only by
 * people who may read their entry.
 */
@Component("diaryAttachments")
class Attachments {

    private static final Logger log = LoggerFactory.getLogger(Attachments.class);

    /** Most files on one entry. */
    static final int MAX_FILES = 10;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("txt", "text/plain"), Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"), Map.entry("mp4", "video/mp4"),
            Map.entry("zip", "application/zip"));

    /** A file as uploaded. */
    record Upload(String filename, long size, InputStreamSource content) {

        /** The files of a multipart form, without the empty file inputs. */
        static List<Upload> of(@Nullable List<MultipartFile> files) {
            if (files == null) {
                return List.of();
            }
            return files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                    .map(f -> new Upload(f.getOriginalFilename(), f.getSize(), f::getInputStream)).toList();
        }
    }

    /** Opens an upload's content. */
    @FunctionalInterface
    interface InputStreamSource {
        InputStream open() throws IOException;
    }

    private final FileStore store;
    private final ExtrasRepository extras;
    private final Clock clock;
    private final long maxSize;

    Attachments(FileStore store, ExtrasRepository extras, Clock clock,
            @Value("${preau.diary.max-attachment-size:10MB}") DataSize maxSize) {
        this.store = store;
        this.extras = extras;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
    }

    long maxSize() {
        return maxSize;
    }

    /** Refuses the whole lot if one file is too large, of a refused type, or if there are too many. */
    void check(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw DiaryRefused.invalid("attachments", "diary.error.tooManyFiles");
        }
        for (Upload upload : uploads) {
            if (upload.size() > maxSize) {
                throw DiaryRefused.invalid("attachments", "diary.error.fileTooLarge");
            }
            if (type(upload.filename()).isEmpty() || upload.size() == 0) {
                throw DiaryRefused.invalid("attachments", "diary.error.fileType");
            }
        }
    }

    /**
     * Stores the files and records them on the entry. Should the entry's transaction not
     * commit (a later file unreadable, the entry refused, the database down), the files
     * already stored are deleted again: no file is left that no entry references.
     */
    void store(Owner owner, UUID entry, List<Upload> uploads) {
        check(uploads);
        List<String> stored = new ArrayList<>();
        afterTransaction(false, stored);
        for (Upload upload : uploads) {
            String key = "diary/" + UUID.randomUUID();
            String type = type(upload.filename()).orElseThrow();
            stored.add(key);
            try (InputStream in = upload.content().open()) {
                store.put(key, in, upload.size(), type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            extras.insertAttachment(owner, entry, key, clean(upload.filename()), type, upload.size(), clock.instant());
        }
    }

    Optional<InputStream> open(StoredFile file) {
        try {
            return store.open(file.key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets files no entry uses any more, once that is committed (a rollback keeps them). */
    void deleteFiles(List<String> keys) {
        afterTransaction(true, keys);
    }

    /** Deletes the files when the current transaction commits ({@code onCommit}) or not; at once without one. */
    private void afterTransaction(boolean onCommit, List<String> keys) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (onCommit) {
                delete(keys);
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if ((status == STATUS_COMMITTED) == onCommit) {
                    delete(keys);
                }
            }
        });
    }

    private void delete(List<String> keys) {
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (IOException | RuntimeException e) {
                log.warn("Diary file {} could not be deleted: {}", key, e.toString());
            }
        }
    }

    static Optional<String> type(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(TYPES.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The name without any path, control characters or quotes, at most 200 characters. */
    static String clean(String filename) {
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
