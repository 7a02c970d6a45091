package io.geopress.measure.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.geopress.store.ArticleStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Simulation runs kept in the site's store (table simulation_run), each written once under a new number. The
 * store's schema is brought up to date by opening it as the article store does; the runs are then read and written
 * with JDBI over a connection set up as the store's own (WAL, busy timeout, foreign keys).
 */
public final class RunStore {
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<List<QueryResult>> RESULTS = new TypeReference<>() {};

    /** A stored run without its results, for listings. */
    public record Stored(long id, Instant at, String querySetHash, String engine, String model, int samples, int k, int queries) {}

    private final Path file;
    private final Jdbi jdbi;

    private RunStore(Path file, Jdbi jdbi) {
        this.file = file;
        this.jdbi = jdbi;
    }

    /** Opens the runs of the store at {@code file} (the site's geopress.db), migrating its schema when it is older. */
    public static RunStore open(Path file, Clock clock) {
        ArticleStore.openSqlite(file, ZoneOffset.UTC, clock);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return new RunStore(file, Jdbi.create(dataSource));
    }

    /** Stores {@code run} and returns it with its new number. */
    public Run save(Run run) {
        String results;
        try {
            results = JSON.writeValueAsString(run.queries());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run that cannot be written as JSON", e);
        }
        long id = guarded("store the run", () -> jdbi.inTransaction(h -> h.createUpdate("INSERT INTO simulation_run "
                        + "(created_at, query_set_hash, engine, model, samples, k, queries, results) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, run.at().toString()).bind(1, run.querySetHash()).bind(2, run.engine()).bind(3, run.model())
                .bind(4, run.samples()).bind(5, run.k()).bind(6, run.queries().size()).bind(7, results)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        return run.withId(id);
    }

    /** @throws SimulationException when no run has that number */
    public Run load(long id) {
        Optional<Run> run = guarded("read run " + id, () -> jdbi.withHandle(h -> h.createQuery("SELECT id, created_at, "
                        + "query_set_hash, engine, model, samples, k, results FROM simulation_run WHERE id = ?")
                .bind(0, id).map((rs, ctx) -> new Run(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), results(rs.getLong(1), rs.getString(8))))
                .findOne()));
        return run.orElseThrow(() -> new SimulationException(file + ": no simulation run " + id));
    }

    /** The stored runs, newest first. */
    public List<Stored> list() {
        return guarded("list the runs", () -> jdbi.withHandle(h -> h.createQuery("SELECT id, created_at, query_set_hash, engine, "
                        + "model, samples, k, queries FROM simulation_run ORDER BY id DESC")
                .map((rs, ctx) -> new Stored(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .list()));
    }

    private List<QueryResult> results(long id, String json) {
        try {
            return JSON.readValue(json, RESULTS);
        } catch (JsonProcessingException e) {
            throw new SimulationException(file + ": simulation run " + id + " cannot be read: " + e.getOriginalMessage());
        }
    }

    private interface Work<T> {
        T run();
    }

    private <T> T guarded(String what, Work<T> work) {
        try {
            return work.run();
        } catch (JdbiException e) {
            throw new SimulationException(file + ": cannot " + what + ": " + e.getMessage());
        }
    }
}
