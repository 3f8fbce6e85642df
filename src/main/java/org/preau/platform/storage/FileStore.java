package org.preau.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Where uploaded files live, outside the database and the web root: a plug point chosen by
 * configuration (the filesystem under {@code preau.storage.dir} by default; an S3-compatible
 * store later). Keys are letters, digits, {@code -} and up to three {@code /}; contents are
 * written once and never changed, so several records may share one stored file.
 */
public interface FileStore {

    /** Stores {@code size} bytes of {@code content} under {@code key}, chosen by the caller. */
    void put(String key, InputStream content, long size, String contentType) throws IOException;

    /** Stores the whole stream under a new random key, and returns it. */
    default String put(InputStream content) throws IOException {
        String hex = HexFormat.of().withLowerCase().toHexDigits(UUID.randomUUID().getMostSignificantBits())
                + HexFormat.of().withLowerCase().toHexDigits(UUID.randomUUID().getLeastSignificantBits());
        String key = hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
        put(key, content, -1, "application/octet-stream");
        return key;
    }

    /** The content stored under {@code key}, empty when there is none (the caller closes the stream). */
    Optional<InputStream> open(String key) throws IOException;

    /** The same as {@link #open}. */
    default Optional<InputStream> get(String key) throws IOException {
        return open(key);
    }

    /** Forgets the content; nothing happens when there is none. */
    void delete(String key) throws IOException;
}
