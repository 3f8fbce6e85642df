package org.preau.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every place of the database that still names a person: rows whose uuid or uuid-array column
 * holds the person's id, or whose text or JSON column contains the id or the login. Read from
 * {@code information_schema}, so a module's new table is searched without being listed here.
 */
public final class PersonTraces {

    private PersonTraces() {
    }

    private record Column(String schema, String table, String column, String type) {

        String name() {
            return schema + "." + table + "." + column;
        }
    }

    /** Where {@code person} (and {@code login}, when given) still appears: column → rows. */
    public static Map<String, Long> of(JdbcClient jdbc, UUID person, @org.jspecify.annotations.Nullable String login) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (Column c : columns(jdbc)) {
            String where = switch (c.type()) {
                case "uuid" -> "\"" + c.column() + "\" = :id";
                case "_uuid" -> ":id = any(\"" + c.column() + "\")";
                default -> "strpos(cast(\"" + c.column() + "\" as text), :idText) > 0"
                        + (login == null ? "" : " or cast(\"" + c.column() + "\" as text) = :login"
                                + " or strpos(cast(\"" + c.column() + "\" as text), :quotedLogin) > 0");
            };
            var sql = jdbc.sql("select count(*) from \"" + c.schema() + "\".\"" + c.table() + "\" where " + where);
            sql = c.type().equals("uuid") || c.type().equals("_uuid") ? sql.param("id", person)
                    : sql.param("idText", person.toString());
            if (!c.type().equals("uuid") && !c.type().equals("_uuid") && login != null) {
                sql = sql.param("login", login).param("quotedLogin", "\"" + login + "\"");
            }
            long rows = sql.query(Long.class).single();
            if (rows > 0) {
                found.put(c.name(), rows);
            }
        }
        return found;
    }

    private static List<Column> columns(JdbcClient jdbc) {
        return jdbc.sql("""
                select c.table_schema, c.table_name, c.column_name, c.udt_name
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where t.table_type = 'BASE TABLE'
                  and c.table_schema not in ('pg_catalog', 'information_schema')
                  and c.udt_name in ('uuid', '_uuid', 'text', 'varchar', 'json', 'jsonb', '_text')
                order by 1, 2, 3""")
                .query((rs, i) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
