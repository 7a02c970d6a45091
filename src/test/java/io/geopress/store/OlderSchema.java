package io.geopress.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Takes a store back to an older schema, as a store made by an older geopress would be, to test its migration. */
final class OlderSchema {
    /** What undoes each migration; a new migration adds its line. */
    private static final Map<Integer, String> UNDO = Map.of(
            3, "DROP TABLE revision_listing",
            4, "DROP TABLE model_response",
            5, "DROP TABLE label_slug",
            6, "ALTER TABLE article DROP COLUMN origin",
            7, "ALTER TABLE article DROP COLUMN expires_at",
            8, "DROP TABLE label_text",
            9, "DROP TABLE passage_embedding",
            10, "DROP TABLE simulation_run");

    private OlderSchema() {}

    static void rewind(Path file, int version) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = db.createStatement()) {
            for (int v = Sqlite.SCHEMA_VERSION; v > version; v--) {
                sql.execute(UNDO.get(v));
                sql.execute("DELETE FROM flyway_schema_history WHERE version = '" + v + "'");
            }
            sql.execute("PRAGMA user_version = " + version);
        }
    }
}
