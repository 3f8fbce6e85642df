package org.preau.bench;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.preau.platform.PeopleTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history a territory has by November: for every teaching of the generated collèges, a
 * session every other school day and homework every third one since the start of last school
 * year (and two weeks ahead), and every week since September a message from a teacher of each
 * class to its parents and one to its pupils, the last week's still unread. Plain
 * {@code INSERT … SELECT}: a few hundred thousand rows in seconds. Deterministic for a territory:
 * which day gets what follows the teaching's rank, not chance.
 */
final class BenchHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    BenchHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the history unless there is one; returns a summary for the log. */
    String writeIfMissing() {
        if (jdbc.sql("select exists (select 1 from diary.homework h join directory.structures s on s.id = h.structure_id"
                + " where s.name like 'COLLEGE GENERE%')").query(Boolean.class).single()) {
            return "history already there";
        }
        LocalDate today = LocalDate.now(clock.withZone(PeopleTime.ZONE));
        LocalDate september = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 9, 1);
        LocalDate from = september.minusYears(1);
        LocalDate to = today.plusWeeks(2);
        teachings();
        int sessions = sessions(from, to);
        int homework = homework(from, to);
        int messages = messages(september.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)), today);
        int entries = jdbc.sql("select count(*) from messaging.entries").query(Integer.class).single();
        jdbc.sql("analyze").update();
        return "%d sessions, %d homework, %d messages, %d box entries".formatted(sessions, homework, messages, entries);
    }

    private void teachings() {
        jdbc.sql("""
                create temporary table bench_teachings on commit drop as
                select row_number() over (order by st.uai, c.name, s.code, p.external_id) as n,
                       t.person_id as author, c.id as class_id, c.structure_id, s.label as subject,
                       p.display_name as author_name
                from directory.teachings t
                join directory.classes c on c.id = t.class_id
                join directory.subjects s on s.id = t.subject_id
                join directory.structures st on st.id = c.structure_id
                join directory.persons p on p.id = t.person_id
                where st.name like 'COLLEGE GENERE%'""").update();
    }

    /** School days between the dates (Monday to Friday), numbered. */
    private static final String DAYS = """
            days as (select d::date as day, row_number() over (order by d) as k
                     from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
                     where extract(isodow from d) < 6)""";

    private int sessions(LocalDate from, LocalDate to) {
        return jdbc.sql("with " + DAYS + """
                insert into diary.sessions (structure_id, class_id, subject, author_id, session_date, title, content,
                                            publish_at, created_at, updated_at)
                select t.structure_id, t.class_id, t.subject, t.author, d.day, 'Séance ' || d.k || ' — ' || t.subject,
                       '<p>Correction des exercices, puis leçon ' || d.k || '.</p>',
                       d.day - interval '1 day', d.day - interval '1 day', d.day - interval '1 day'
                from bench_teachings t join days d on (d.k + t.n) % 2 = 0""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).update();
    }

    private int homework(LocalDate from, LocalDate to) {
        return jdbc.sql("with " + DAYS + """
                insert into diary.homework (structure_id, class_id, subject, author_id, due, title, instructions, minutes,
                                            publish_at, notified_at, created_at, updated_at)
                select t.structure_id, t.class_id, t.subject, t.author, d.day, 'Exercices ' || d.k || ' p. ' || (12 + d.k % 200),
                       '<p>Faire les exercices ' || (1 + d.k % 9) || ' et ' || (2 + d.k % 9) || '.</p>', 10 + 5 * (d.k % 6),
                       d.day - interval '3 days', d.day - interval '3 days', d.day - interval '3 days', d.day - interval '3 days'
                from bench_teachings t join days d on (d.k + t.n) % 3 = 0""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).update();
    }

    /** Every week, the class's first teacher writes once to its parents and once to its pupils. */
    private int messages(LocalDate firstMonday, LocalDate today) {
        jdbc.sql("""
                create temporary table bench_messages on commit drop as
                with classes as (select distinct on (class_id) class_id, author, author_name, subject
                                 from bench_teachings order by class_id, n),
                     weeks as (select w::date as monday, row_number() over (order by w) as k
                               from generate_series(cast(:from as date), cast(:today as date), interval '7 days') w)
                select gen_random_uuid() as id, c.class_id, c.author, c.author_name, a.audience, w.k,
                       (w.monday + interval '1 day 16 hours')::timestamptz as sent_at,
                       case when a.audience = 'RELATIVE' then 'Informations de la semaine ' || w.k
                            else 'Travail en ' || c.subject || ', semaine ' || w.k end as subject
                from classes c cross join weeks w cross join (values ('RELATIVE'), ('STUDENT')) a(audience)""")
                .param("from", Date.valueOf(firstMonday)).param("today", Date.valueOf(today)).update();
        int messages = jdbc.sql("""
                insert into messaging.messages (id, sender_id, sender_name, subject, body, body_text, thread_id, state,
                                                sent_at, recipients, created_at, updated_at)
                select id, author, author_name, subject, '<p>Bonjour, voici le programme de la semaine ' || k || '.</p>',
                       'Bonjour, voici le programme de la semaine ' || k || '.', id, 'SENT', sent_at, 0, sent_at, sent_at
                from bench_messages""").update();
        jdbc.sql("""
                insert into messaging.recipients (message_id, kind, position, ref)
                select id, 'TO', 0, 'class:' || class_id || ':' || audience from bench_messages""").update();
        jdbc.sql("""
                insert into messaging.entries (person_id, message_id, own, kind, folder, unread, date)
                select author, id, true, null, 'SENT', false, sent_at from bench_messages""").update();
        jdbc.sql("""
                insert into messaging.entries (person_id, message_id, own, kind, folder, unread, read_at, date)
                select distinct on (r.person_id, m.id) r.person_id, m.id, false, 'TO', 'INBOX',
                       m.sent_at > now() - interval '7 days',
                       case when m.sent_at > now() - interval '7 days' then null else m.sent_at + interval '1 day' end,
                       m.sent_at
                from bench_messages m
                join directory.class_members cm on cm.class_id = m.class_id
                join lateral (select cm.person_id where m.audience = 'STUDENT'
                              union all
                              select f.relative_id from directory.family_links f
                              where m.audience = 'RELATIVE' and f.child_id = cm.person_id) r(person_id) on true""")
                .update();
        jdbc.sql("""
                update messaging.messages m set recipients = e.n
                from (select message_id, count(*) n from messaging.entries where not own group by message_id) e
                where e.message_id = m.id and m.id in (select id from bench_messages)""").update();
        return messages;
    }
}
