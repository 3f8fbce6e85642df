package org.preau.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The file store: the filesystem under {@code preau.storage.dir} (default {@code ./data/files},
 * beside the embedded database); an empty value gives a fresh temporary directory (tests).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FileStore fileStore(Environment env) {
        String dir = env.getProperty("preau.storage.dir", "./data/files");
        try {
            return new FilesystemFileStore(dir.isBlank() ? Files.createTempDirectory("preau-files") : Path.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
