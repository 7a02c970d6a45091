package io.geopress.store;

import io.geopress.model.GeopressException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The store's SQLite database: its connection settings, its schema brought up to date on opening, and two ways to
 * read it. JDBI is started at its first use; a build reads with plain JDBC and never starts it, since starting JDBI
 * (its registry of argument factories and mappers, and a Flight Recorder event at its first statement) costs a
 * cold JVM 0.1–0.2 s, a tenth of a one-article rebuild.
 */
final class Sqlite {
    /** The number of the newest migration in db/migration; a test keeps the two in step. */
    static final int SCHEMA_VERSION = 10;
    /** How long a command waits for another one's write (a long import) before it says so and gives up. */
    static final int BUSY_TIMEOUT_MS = 5_000;

    /** Makes one value of a row of a query's result. */
    interface Row<T> {
        T from(ResultSet rs) throws SQLException;
    }

    private final Path file;
    private final SQLiteDataSource dataSource;
    private volatile Jdbi jdbi;

    private Sqlite(Path file, SQLiteDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
    }

    static Sqlite open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // a transaction takes the write lock when it begins: one that read first and wrote later would fail at once
        // (SQLITE_BUSY, no waiting) when another connection wrote in between, e.g. a cached model reply
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Sqlite db = new Sqlite(file, dataSource);
        try {
            // Flyway takes most of a second to start; SQLite's user_version says whether it has anything to do
            if (db.query("PRAGMA user_version", List.of(), rs -> rs.getInt(1)).get(0) != SCHEMA_VERSION) {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
                db.useTransaction(h -> {
                    Labels.assignMissing(h); // names saved before the store kept their slugs
                    h.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                });
            }
        } catch (GeopressException e) {
            throw e;
        } catch (RuntimeException e) {
            throw db.busy(e).orElse(new GeopressException(file + ": cannot open the store: " + e.getMessage(), e));
        }
        return db;
    }

    /** JDBI over the database, started at its first use. */
    private Jdbi jdbi() {
        Jdbi started = jdbi;
        if (started == null) {
            synchronized (this) {
                if (jdbi == null) jdbi = Jdbi.create(dataSource);
                started = jdbi;
            }
        }
        return started;
    }

    /** {@code work} in one transaction, which takes the write lock when it begins. */
    <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        return translated(() -> jdbi().inTransaction(work));
    }

    void useTransaction(HandleConsumer<RuntimeException> work) {
        translated(() -> jdbi().inTransaction(h -> {
            work.useHandle(h);
            return null;
        }));
    }

    /** {@code work} with a handle of its own, outside any transaction: for reads. */
    <T> T withHandle(HandleCallback<T, RuntimeException> work) {
        return translated(() -> jdbi().withHandle(work));
    }

    private <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw busy(e).orElseThrow(() -> e);
        }
    }

    /**
     * The one-line error for a failure that is another command holding the store (SQLite's busy or locked, once
     * the busy timeout has passed), if {@code failure} is one.
     */
    private Optional<GeopressException> busy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            int primary = t instanceof SQLiteException e ? e.getResultCode().code & 0xFF : -1; // extended codes keep it in the low byte
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return Optional.of(new GeopressException(file + ": another geopress command is writing to the store "
                        + "(waited " + BUSY_TIMEOUT_MS / 1000 + " s); try again when it has finished", failure));
            }
        }
        return Optional.empty();
    }

    /** The rows of a query with text {@code parameters}, read with plain JDBC. */
    <T> List<T> query(String sql, List<String> parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) statement.setString(i + 1, parameters.get(i));
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) rows.add(row.from(rs));
                return rows;
            }
        } catch (SQLException e) {
            throw busy(e).orElse(new GeopressException(file + ": cannot read the store: " + e.getMessage(), e));
        }
    }
}
