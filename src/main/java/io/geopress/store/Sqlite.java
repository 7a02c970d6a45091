package io.geopress.store;

import io.geopress.model.GeopressException;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The store's SQLite database: its connection settings, and its schema brought up to date on opening. */
final class Sqlite {
    /** The number of the newest migration in db/migration; a test keeps the two in step. */
    static final int SCHEMA_VERSION = 4;

    private Sqlite() {}

    static Jdbi open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // a transaction takes the write lock when it begins: one that read first and wrote later would fail at once
        // (SQLITE_BUSY, no waiting) when another connection wrote in between, e.g. a cached model reply
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Jdbi jdbi = Jdbi.create(dataSource);
        try {
            // Flyway takes most of a second to start; SQLite's user_version says whether it has anything to do
            if (jdbi.withHandle(h -> h.createQuery("PRAGMA user_version").mapTo(Integer.class).one()) != SCHEMA_VERSION) {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
                jdbi.useHandle(h -> h.execute("PRAGMA user_version = " + SCHEMA_VERSION));
            }
        } catch (RuntimeException e) {
            throw new GeopressException(file + ": cannot open the store: " + e.getMessage(), e);
        }
        return jdbi;
    }
}
