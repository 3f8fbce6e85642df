package org.preau.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files live, outside the database and the web root: a plug point chosen by
 * configuration (the filesystem under {@code preau.storage.dir} by default). Keys are chosen
 * by the caller (letters, digits, {@code -} and {@code /} only) and written once.
 */
public interface FileStore {

    /** Stores {@code size} bytes of {@code content} under {@code key}. */
    void put(String key, InputStream content, long size, String contentType) throws IOException;

    /** The content stored under {@code key}, empty when there is none (the caller closes the stream). */
    Optional<InputStream> open(String key) throws IOException;

    /** Forgets the content; nothing happens when there is none. */
    void delete(String key) throws IOException;
}
