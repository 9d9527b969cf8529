package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.chuan.shared.VietnameseOrder;

/**
 * The keys that order people in Vietnamese collation (by given name, and by the whole name), kept beside each name so
 * that a list is sorted and paged by the database. Java, because the keys are ICU's: filled here for the people already
 * recorded, written with every name afterwards.
 */
public class V39__person_name_keys extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table person add column given_key varchar(" + VietnameseOrder.KEY_LENGTH + ")");
            ddl.execute("alter table person add column name_key varchar(" + VietnameseOrder.KEY_LENGTH + ")");
        }
        try (Statement read = connection.createStatement();
                ResultSet names = read.executeQuery("select id, full_name from person");
                PreparedStatement write = connection.prepareStatement("update person set given_key = ?, name_key = ? where id = ?")) {
            int pending = 0;
            while (names.next()) {
                String name = names.getString(2);
                write.setString(1, VietnameseOrder.givenNameKey(name));
                write.setString(2, VietnameseOrder.fullNameKey(name));
                write.setLong(3, names.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index ix_person_given_key on person (given_key)");
        }
    }
}
