package org.preau.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files live, outside the database and the web root: a plug point chosen by
 * configuration (the filesystem by default, {@code preau.storage.dir}; an S3-compatible store
 * later). Keys are opaque strings made by the store; contents are written once and never
 * changed, so that several records may share one stored file.
 */
public interface FileStore {

    /** Stores the whole stream and returns the key to read it back. */
    String put(InputStream content) throws IOException;

    /** The content stored under {@code key}, empty when there is none (the caller closes the stream). */
    Optional<InputStream> get(String key) throws IOException;

    /** Forgets the content; nothing happens when there is none. */
    void delete(String key) throws IOException;
}
