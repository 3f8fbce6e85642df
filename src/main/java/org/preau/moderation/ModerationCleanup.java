package org.preau.moderation;

import java.util.List;

import org.preau.directory.PersonsDeleted;
import org.preau.directory.PersonsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * People deleted or merged in the directory (idempotent). Reports and decisions stay, as evidence
 * must, under a pseudonym (one random id per person) and without the deleted author's name; a
 * merge moves everything to the kept record.
 */
@Component
class ModerationCleanup {

    private final JdbcClient jdbc;

    ModerationCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonsDeleted event) {
        String[] ids = event.persons().stream().map(id -> id.value().toString()).toArray(String[]::new);
        jdbc.sql("""
                with p as materialized (select id, gen_random_uuid() as pseudonym from unnest(:ids::uuid[]) as id),
                reports as (update moderation.reports r set reporter_id = p.pseudonym from p where r.reporter_id = p.id),
                deciders as (update moderation.reports r set decided_by = p.pseudonym from p where r.decided_by = p.id),
                decisions as (update moderation.decisions d set moderator_id = p.pseudonym from p
                              where d.moderator_id = p.id),
                authors as (update moderation.evidence e set author_id = p.pseudonym, author_name = '' from p
                            where e.author_id = p.id)
                update moderation.evidence e set recipients = (
                    select array_agg(coalesce(p.pseudonym, r)) from unnest(e.recipients) as r left join p on p.id = r)
                where e.recipients && :ids::uuid[]""").param("ids", ids).update();
        jdbc.sql("delete from moderation.alerts where person_id = any(:ids::uuid[])").param("ids", ids).update();
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        for (String sql : List.of(
                """
                delete from moderation.reports r where r.reporter_id = :r and r.state = 'OPEN' and exists (
                    select 1 from moderation.reports k where k.reporter_id = :k and k.state = 'OPEN'
                    and k.type = r.type and k.target_id = r.target_id)""",
                "update moderation.reports set reporter_id = :k where reporter_id = :r",
                "update moderation.reports set decided_by = :k where decided_by = :r",
                "update moderation.decisions set moderator_id = :k where moderator_id = :r",
                "update moderation.evidence set author_id = :k where author_id = :r",
                "update moderation.alerts set person_id = :k where person_id = :r",
                """
                update moderation.evidence set recipients = array_replace(recipients, :r, :k)
                where :r = any(recipients)""")) {
            jdbc.sql(sql).param("k", event.kept().value()).param("r", event.removed().value()).update();
        }
    }
}
