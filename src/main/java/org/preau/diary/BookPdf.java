package org.preau.diary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.preau.diary.DiaryBook.ClassBook;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A class's book for a period as PDF: the template {@code diary/pdf} (well-formed XHTML) is
 * rendered by openhtmltopdf, entries in date order with their texts as plain lines.
 */
@Component
class BookPdf {

    /** An entry of the PDF: a session (dated) or homework (due). */
    record Line(LocalDate date, boolean homework, String subject, String title, List<String> text, String author,
            boolean signed) {
    }

    private final ITemplateEngine templates;
    private final DiaryTitles titles;

    BookPdf(ITemplateEngine templates, DiaryTitles titles) {
        this.templates = templates;
        this.titles = titles;
    }

    byte[] render(ClassBook book, LocalDate from, LocalDate to) {
        var names = book.names();
        List<Line> lines = Stream.concat(
                book.sessions().stream().map(s -> new Line(s.date(), false, s.subject(), s.title(),
                        RichText.lines(s.content()), names.getOrDefault(s.author(), ""), s.visa() != null)),
                book.homework().stream().map(h -> new Line(h.due(), true, h.subject(), h.title(),
                        RichText.lines(h.instructions()), names.getOrDefault(h.author(), ""), h.visa() != null)))
                .sorted(Comparator.comparing(Line::date).thenComparing(Line::homework).thenComparing(Line::subject))
                .toList();
        var context = new Context(LocaleContextHolder.getLocale());
        context.setVariable("schoolClass", book.access().schoolClass());
        context.setVariable("bookTitle", titles.of("diary.bookOf", book.access().schoolClass().name()));
        context.setVariable("from", from);
        context.setVariable("to", to);
        context.setVariable("lines", lines);
        String xhtml = templates.process("diary/pdf", context);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
