package org.preau.diary;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.preau.diary.Attachments.Upload;
import org.preau.platform.ClassId;
import org.preau.platform.PreauUser;
import org.springframework.boot.test.context.TestComponent;

/** Lets tests of other packages (browser journeys) prepare diary entries with attachments. */
@TestComponent
public class DiaryTestAccess {

    /** The content of each file. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    private final Diary diary;

    DiaryTestAccess(Diary diary) {
        this.diary = diary;
    }

    /** Homework in Mathematics with one file per name, all of the same content. */
    public UUID homeworkWithFiles(PreauUser teacher, UUID classId, String title, LocalDate due, List<String> names,
            Content content) {
        List<Upload> uploads = names.stream().map(name -> new Upload(name, 9, content::open)).toList();
        return diary.createHomework(teacher, HomeworkDraft.simple(new ClassId(classId), "Mathématiques", due, title, ""),
                uploads);
    }
}
