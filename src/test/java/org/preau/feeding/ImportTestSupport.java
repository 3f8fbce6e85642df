package org.preau.feeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/** What import tests share: the fixture files, starting an import through the API, waiting for its status. */
abstract class ImportTestSupport {

    static final Path AAF = Path.of("../shared/fixtures/aaf");
    static final Path ONDE = Path.of("../shared/fixtures/onde-csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A text file as the upload form sends it. */
    static MockMultipartFile text(String name, String content) {
        return new MockMultipartFile("files", name, "text/plain", content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static MockMultipartFile file(Path path) throws IOException {
        return new MockMultipartFile("files", path.getFileName().toString(), "application/octet-stream",
                Files.readAllBytes(path));
    }

    static List<MockMultipartFile> files(Path dir) throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> p.toString().endsWith(".xml")).sorted().map(p -> {
                try {
                    return file(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    String start(Cookie session, String kind, List<MockMultipartFile> files, String... params) throws Exception {
        var request = multipart("/api/v1/imports").param("kind", kind);
        files.forEach(request::file);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var result = mvc.perform(request.cookie(session).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/v1/imports/")))
                .andExpect(jsonPath("$.status").value("RUNNING")).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    String awaitStatus(Cookie session, String id, String... wanted) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String body = mvc.perform(get("/api/v1/imports/" + id).cookie(session)).andReturn().getResponse()
                    .getContentAsString();
            String status = JsonPath.read(body, "$.status");
            return List.of(wanted).contains(status) ? body : null;
        }, b -> b != null);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
