package io.geopress.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The embeddings of passages of text kept in a store, each under a hash of its text and model that its caller makes
 * ({@code passage_embedding}): a passage is embedded once, whatever article holds it.
 */
public final class Embeddings {
    /** Hashes looked up by one statement, well under SQLite's limit on a statement's parameters. */
    private static final int BATCH = 500;

    private final Sqlite db;
    private final Clock clock;

    Embeddings(Sqlite db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The vector kept under each of {@code hashes} that has one. */
    public Map<String, float[]> find(Collection<String> hashes) {
        List<String> wanted = new ArrayList<>(hashes);
        Map<String, float[]> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += BATCH) {
            List<String> batch = wanted.subList(from, Math.min(wanted.size(), from + BATCH));
            String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
            db.query("SELECT hash, vector FROM passage_embedding WHERE hash IN (" + marks + ")", batch,
                    rs -> found.put(rs.getString(1), floats(rs.getBytes(2))));
        }
        return found;
    }

    /** Keeps each vector under its hash; one already kept stays as it is (the same hash, the same text and model). */
    public void put(Map<String, float[]> vectors) {
        if (vectors.isEmpty()) return;
        String now = clock.instant().toString();
        db.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO passage_embedding (hash, dims, vector, created_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING");
            vectors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> batch
                    .bind(0, e.getKey()).bind(1, e.getValue().length).bind(2, bytes(e.getValue())).bind(3, now).add());
            batch.execute();
        });
    }

    /** How many vectors the store keeps. */
    public int count() {
        return db.query("SELECT count(*) FROM passage_embedding", List.of(), rs -> rs.getInt(1)).get(0);
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * vector.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
