package db.migration.directory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.preau.feeding.NameCase;

/**
 * Names already in the directory in normal case ({@code BOFFOCHER} → {@code Boffocher}), with the rule
 * imports now apply ({@link NameCase}): in Java, because the database's {@code initcap} and {@code lower}
 * depend on its locale and would break accented capitals. A display name made of the two names follows.
 */
public class V202612071332__NormalCaseNames extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, first_name, last_name, display_name from directory.persons");
                PreparedStatement update = connection.prepareStatement("""
                        update directory.persons set first_name = ?, last_name = ?,
                            display_name = case when display_name = ? then ? else display_name end
                        where id = ?""")) {
            int pending = 0;
            while (rows.next()) {
                String first = rows.getString(2);
                String last = rows.getString(3);
                String newFirst = first == null ? null : NameCase.firstName(first);
                String newLast = last == null ? null : NameCase.lastName(last);
                if (java.util.Objects.equals(first, newFirst) && java.util.Objects.equals(last, newLast)) {
                    continue;
                }
                update.setString(1, newFirst);
                update.setString(2, newLast);
                update.setString(3, first + " " + last);
                update.setString(4, newFirst + " " + newLast);
                update.setObject(5, rows.getObject(1));
                update.addBatch();
                if (++pending % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
