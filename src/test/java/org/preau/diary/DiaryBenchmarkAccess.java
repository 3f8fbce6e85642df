package org.preau.diary;

import java.time.LocalDate;

import org.preau.platform.PreauUser;
import org.springframework.boot.test.context.TestComponent;

/** Lets the benchmark time the pupil's list exactly as the page and the API read it. */
@TestComponent
public class DiaryBenchmarkAccess {

    private final DiaryBook book;

    DiaryBenchmarkAccess(DiaryBook book) {
        this.book = book;
    }

    /** The number of lines of the pupil's list between two dates. */
    public int list(PreauUser pupil, LocalDate from, LocalDate to) {
        return book.pupilHomework(pupil, null, from, to, 0, 1000).orElseThrow().homework().size();
    }
}
