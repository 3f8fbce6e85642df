package org.preau.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem store: what is put comes back, deletes are quiet, keys cannot point elsewhere. */
class FilesystemFileStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesReadsAndDeletes() throws IOException {
        var store = new FilesystemFileStore(dir.resolve("files"));
        String key = store.put(new ByteArrayInputStream("contenu".getBytes()));
        try (InputStream in = store.get(key).orElseThrow()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("contenu");
        }
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".part"))).as("no temporary file left").isEmpty();
        }
        store.delete(key);
        store.delete(key);
        assertThat(store.get(key)).isEmpty();
    }

    @Test
    void keysItDidNotMakeAreRefused() {
        var store = new FilesystemFileStore(dir);
        assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete("/tmp/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
