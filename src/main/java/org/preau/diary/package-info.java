/**
 * The cahier de textes: teachers' sessions (séances) and homework for a class and subject,
 * pupils' homework with their private "done" ticks, parents' read-only view, the primary
 * school's day-by-day mode, visas by the head or an inspector and the PDF export of a class's or
 * teaching group's book.
 * Publishes {@link org.preau.diary.HomeworkPublished} for homework due within a day.
 */
@ApplicationModule(allowedDependencies = { "platform", "directory", "access" })
@NullMarked
package org.preau.diary;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
