package org.preau.diary;

import org.preau.support.TestTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.preau.diary.Attachments.Upload;
import org.preau.directory.Directory;
import org.preau.platform.ClassId;
import org.preau.platform.PeopleTime;
import org.preau.platform.PreauUser;
import org.preau.platform.storage.FileStore;
import org.preau.support.DemoAccounts;
import org.preau.support.PreauSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/** Removing one file from an entry (with a confirmation, without JavaScript), and no file left behind by a failed save. */
@PreauSpringTest
class DiaryAttachmentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Diary diary;
    @Autowired
    Directory directory;
    @MockitoSpyBean
    FileStore store;

    private final LocalDate today = TestTime.today();

    @Test
    void aTeacherRemovesOneFileAfterConfirmingAndTheStoredFileGoesWithItsLastEntry() throws Exception {
        var data = new DiaryData(jdbc);
        PreauUser paul = paul(data);
        UUID homework = diary.createHomework(paul, HomeworkDraft.simple(ClassId.of(data.classId("6A")),
                "Mathématiques", today.plusDays(4), "Deux fiches", ""), List.of(pdf("fiche.pdf"), pdf("corrige.pdf")));
        UUID copy = diary.copyHomework(paul, homework, ClassId.of(data.classId("5A")));
        UUID fiche = file(homework, "fiche.pdf");
        String key = key(fiche);
        var cookie = DemoAccounts.login(mvc, "paul.martin");
        String edit = "/diary/homework/" + homework + "/edit";
        mvc.perform(get(edit).cookie(cookie)).andExpect(content().string(
                containsString("/diary/homework/" + homework + "/attachments/" + fiche + "/remove")));
        String removal = "/diary/homework/" + homework + "/attachments/" + fiche + "/remove";
        mvc.perform(get(removal).cookie(cookie)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("« fiche.pdf »"), containsString("method=\"post\""))));
        mvc.perform(get(removal).cookie(DemoAccounts.login(mvc, "claire.leroy"))).andExpect(status().isNotFound());
        mvc.perform(post(removal).cookie(DemoAccounts.login(mvc, "claire.leroy")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(removal).cookie(DemoAccounts.login(mvc, "lucas.durand")).with(csrf()))
                .andExpect(status().isForbidden());
        // a file of another entry
        mvc.perform(post("/diary/homework/" + copy + "/attachments/" + fiche + "/remove").cookie(cookie).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post(removal).cookie(cookie).with(csrf())).andExpect(redirectedUrl(edit + "?removed"));
        assertThat(names(homework)).containsExactly("corrige.pdf");
        assertThat(store.open(key)).as("the copy still uses the file").isPresent();
        mvc.perform(get(edit + "?removed").cookie(cookie)).andExpect(content().string(containsString("retirée")));

        diary.removeAttachment(paul, ExtrasRepository.Owner.HOMEWORK, copy, file(copy, "fiche.pdf"));
        assertThat(names(copy)).containsExactly("corrige.pdf");
        assertThat(store.open(key)).as("no entry uses the file any more").isEmpty();
    }

    @Test
    void filesStoredBeforeASaveFailsAreDeleted() throws Exception {
        var data = new DiaryData(jdbc);
        Upload unreadable = new Upload("casse.pdf", 10, () -> new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        });
        assertThatThrownBy(() -> diary.createHomework(paul(data), HomeworkDraft.simple(ClassId.of(data.classId("6A")),
                "Mathématiques", today.plusDays(4), "Échoue", ""), List.of(pdf("bonne.pdf"), unreadable)))
                .isNotInstanceOf(DiaryRefused.class);
        var keys = ArgumentCaptor.forClass(String.class);
        verify(store, atLeastOnce()).put(keys.capture(), any(InputStream.class), anyLong(), anyString());
        assertThat(keys.getAllValues()).isNotEmpty().allSatisfy(k -> assertThat(store.open(k)).isEmpty());
        assertThat(jdbc.sql("select count(*) from diary.homework where title = 'Échoue'").query(Long.class).single())
                .isZero();
    }

    private PreauUser paul(DiaryData data) {
        return data.user(directory, "paul.martin");
    }

    private static Upload pdf(String name) {
        return new Upload(name, 9, () -> new ByteArrayInputStream("%PDF-1.4\n".getBytes()));
    }

    private UUID file(UUID homework, String name) {
        return jdbc.sql("select id from diary.attachments where homework_id = :h and filename = :n")
                .param("h", homework).param("n", name).query(UUID.class).single();
    }

    private String key(UUID file) {
        return jdbc.sql("select file_key from diary.attachments where id = :id").param("id", file)
                .query(String.class).single();
    }

    private List<String> names(UUID homework) {
        return jdbc.sql("select filename from diary.attachments where homework_id = :h order by filename")
                .param("h", homework).query(String.class).list();
    }
}
