package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys from the three tables an import fills by the hundred thousand (levels, posts, verdicts) to
 * {@code person}. PostgreSQL checks such a key row by row with a locking read: 11,6 of a 100.000-row import's 30 s in
 * the database were the levels' key alone. The registry is the only writer of these rows, writes them with their
 * person in the same transaction and never deletes a person; the data-quality page still lists any row without one
 * ({@code people.OrphanRows}). Java, because the keys were declared without names and each database named them its
 * own way.
 */
public class V41__bulk_rows_without_person_keys extends BaseJavaMigration {

    private static final List<String> BULK_TABLES = List.of("qualification", "assignment", "person_standing");
    /** The index each bulk table is read by person with (the verdicts' primary key is the person). */
    private static final Map<String, String> PERSON_INDEXES = Map.of("qualification", "person_id, dimension",
            "assignment", "person_id, started_on");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        DatabaseMetaData metaData = connection.getMetaData();
        List<String> drops = new ArrayList<>();
        for (String table : BULK_TABLES) {
            try (ResultSet keys = metaData.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
                while (keys.next()) {
                    if ("person".equalsIgnoreCase(keys.getString("PKTABLE_NAME"))) {
                        drops.add("alter table " + table + " drop constraint \"" + keys.getString("FK_NAME") + "\"");
                    }
                }
            }
        }
        if (drops.size() != BULK_TABLES.size()) {
            throw new IllegalStateException("Expected one key to person on each of " + BULK_TABLES + ", found: " + drops);
        }
        try (Statement ddl = connection.createStatement()) {
            for (String drop : drops) {
                ddl.execute(drop);
            }
            // H2 had served the lookups by person with the keys' own indexes, gone with them: a record is read by person.
            for (Map.Entry<String, String> index : PERSON_INDEXES.entrySet()) {
                if (!hasIndexLeadingWith(metaData, connection, index.getKey(), "person_id")) {
                    ddl.execute("create index ix_" + index.getKey() + "_person on " + index.getKey() + " (" + index.getValue() + ")");
                }
            }
        }
    }

    private static boolean hasIndexLeadingWith(DatabaseMetaData metaData, Connection connection, String table, String column)
            throws SQLException {
        try (ResultSet columns = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
            while (columns.next()) {
                if (columns.getInt("ORDINAL_POSITION") == 1 && column.equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
